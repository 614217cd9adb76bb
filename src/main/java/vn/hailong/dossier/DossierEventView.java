package vn.hailong.dossier;

import java.time.LocalDateTime;

/** A line of the dossier's timeline. */
record DossierEventView(
        String eventId,
        EventType type,
        LocalDateTime at,
        String agencyName,
        String officerName,
        String note,
        String recordedBy) {}
