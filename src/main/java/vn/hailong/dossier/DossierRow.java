package vn.hailong.dossier;

import java.time.LocalDateTime;

/** A dossier in a list (no personal data beyond the masked name). */
public record DossierRow(
        String code,
        DossierStatus status,
        String agencyName,
        String procedureName,
        String applicantName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime resolvedAt,
        LocalDateTime returnedAt,
        Timeliness timeliness,
        String handlingOfficer) {}
