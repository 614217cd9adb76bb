package vn.hailong.dossier;

import java.time.LocalDateTime;

/** The mutable state of a dossier, as the lifecycle reads and writes it. */
record DossierRecord(
        long id,
        String code,
        long agencyId,
        String procedureCode,
        DossierStatus status,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime originalDueAt,
        LocalDateTime pausedAt,
        LocalDateTime resolvedAt,
        LocalDateTime returnedAt,
        LocalDateTime closedAt,
        Timeliness timeliness,
        int supplementCount,
        int extensionCount,
        Long handlingOfficerId) {

    DossierRecord with(DossierStatus s) {
        return new DossierRecord(
                id,
                code,
                agencyId,
                procedureCode,
                s,
                receivedAt,
                dueAt,
                originalDueAt,
                pausedAt,
                resolvedAt,
                returnedAt,
                closedAt,
                timeliness,
                supplementCount,
                extensionCount,
                handlingOfficerId);
    }
}
