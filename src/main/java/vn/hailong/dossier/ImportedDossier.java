package vn.hailong.dossier;

import java.time.LocalDateTime;

/**
 * A dossier as another one-stop system exports it: one row with its key times. The due time is
 * computed from the procedure and the calendar when not given. Events RECEIVED / RESOLVED / RETURNED
 * (or WITHDRAWN, REFUSED) are derived with stable event ids, so re-importing changes nothing.
 */
public record ImportedDossier(
        String code,
        String agencyCode,
        String procedureCode,
        Channel channel,
        String applicantName,
        String applicantPhone,
        String applicantEmail,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime resolvedAt,
        LocalDateTime returnedAt,
        DossierStatus status,
        Long receivingOfficerId,
        Long handlingOfficerId,
        LocalDateTime extendedTo,
        String extensionReason,
        ApplicantKind applicantKind) {}
