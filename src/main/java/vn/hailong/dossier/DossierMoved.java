package vn.hailong.dossier;

import java.time.LocalDateTime;

/**
 * An event moved a dossier (published inside the transaction that applied it, so a listener's writes
 * commit or roll back with it). {@code officerId} is the handling officer after the event and
 * {@code timeliness} the dossier's classification after it (set when it is resolved).
 */
public record DossierMoved(
        long dossierId,
        String code,
        long agencyId,
        Long officerId,
        String procedureCode,
        EventType type,
        LocalDateTime at,
        Timeliness timeliness) {}
