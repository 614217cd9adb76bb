package vn.hailong.feedback;

import java.time.LocalDateTime;

/**
 * A case as staff of its agency see it; contact fields are null for roles that may not see personal data.
 * {@code publishConsent}: the citizen agreed to publish personal data; {@code publicAnswer}: the answer as
 * published (redacted), next to the original {@code answer}.
 */
public record FeedbackCase(
        long id,
        String trackingCode,
        FeedbackCategory category,
        FeedbackChannel channel,
        FeedbackStatus status,
        long agencyId,
        String agencyName,
        String dossierCode,
        Long ratingId,
        String body,
        String contactName,
        String contactPhone,
        String contactEmail,
        String assignedOfficer,
        String rejectReason,
        String infoRequest,
        String citizenInfo,
        String answer,
        String publicText,
        LocalDateTime receivedAt,
        LocalDateTime decideDueAt,
        LocalDateTime infoDueAt,
        LocalDateTime resolveDueAt,
        LocalDateTime publishDueAt,
        LocalDateTime dueAt,
        LocalDateTime decidedAt,
        LocalDateTime answeredAt,
        LocalDateTime publishedAt,
        LocalDateTime closedAt,
        int escalation,
        Boolean satisfied,
        int reopenCount,
        boolean overdue,
        boolean publishConsent,
        String publicAnswer) {

    public boolean anonymous() {
        return contactPhone == null && contactEmail == null;
    }
}
