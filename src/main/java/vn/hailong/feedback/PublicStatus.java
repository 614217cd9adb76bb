package vn.hailong.feedback;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What anyone holding the tracking code sees: the agency, the step, the dates and the agency's own
 * words (reason, request, answer); never the citizen's text, name, phone or e-mail.
 */
public record PublicStatus(
        String trackingCode,
        FeedbackCategory category,
        FeedbackStatus status,
        String agencyName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        String rejectReason,
        String infoRequest,
        String answer,
        LocalDateTime answeredAt,
        Boolean satisfied,
        List<Step> steps) {

    /** A step of the case without who did it or what the note said. */
    public record Step(LocalDateTime at, String action) {}
}
