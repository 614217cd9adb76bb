package vn.hailong.feedback;

import jakarta.validation.constraints.Size;

/**
 * What an action needs: a text (reason, request, answer, public wording), and for ASSIGN an agency and/or
 * an officer; for PUBLISH also {@code publicAnswer}, the answer as it is to be published (redacted by staff).
 */
public record FeedbackCommand(
        @Size(max = 4000) String text,
        Long agencyId,
        @Size(max = 120) String officer,
        @Size(max = 4000) String publicAnswer) {

    public FeedbackCommand(String text, Long agencyId, String officer) {
        this(text, agencyId, officer, null);
    }

    public static FeedbackCommand of(String text) {
        return new FeedbackCommand(text, null, null);
    }
}
