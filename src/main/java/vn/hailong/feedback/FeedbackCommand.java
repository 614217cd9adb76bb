package vn.hailong.feedback;

import jakarta.validation.constraints.Size;

/** What an action needs: a text (reason, request, answer, public wording), and for ASSIGN an agency and/or an officer. */
public record FeedbackCommand(@Size(max = 4000) String text, Long agencyId, @Size(max = 120) String officer) {

    public static FeedbackCommand of(String text) {
        return new FeedbackCommand(text, null, null);
    }
}
