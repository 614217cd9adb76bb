package vn.hailong.dossier;

import java.time.LocalDateTime;

/** One processing step: who had the dossier, from when, until when it was allotted, and how it went. */
record DossierStep(
        int seq,
        long agencyId,
        String agencyName,
        Long officerId,
        String officerName,
        LocalDateTime startedAt,
        LocalDateTime allottedDueAt,
        LocalDateTime finishedAt,
        Timeliness timeliness) {}
