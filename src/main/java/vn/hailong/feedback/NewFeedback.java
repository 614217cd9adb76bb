package vn.hailong.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case as the citizen (or an officer keying in a box slip, a call, a meeting) submits it. No agency
 * means "I don't know": the provincial People's Committee receives it and passes it on. Contact is optional.
 * {@code publishConsent}: the citizen agrees that the personal data in the case may be published with the
 * answer; without it (the default) the published question and answer are anonymised.
 */
public record NewFeedback(
        @NotNull FeedbackCategory category,
        Long agencyId,
        @Size(max = 40) String dossierCode,
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 120) String name,
        @Size(max = 20) String phone,
        @Size(max = 160) String email,
        Boolean publishConsent) {

    /** A case without the citizen's consent to publish personal data. */
    public NewFeedback(
            FeedbackCategory category,
            Long agencyId,
            String dossierCode,
            String text,
            String name,
            String phone,
            String email) {
        this(category, agencyId, dossierCode, text, name, phone, email, false);
    }

    public boolean anonymous() {
        return (phone == null || phone.isBlank()) && (email == null || email.isBlank());
    }

    public boolean consentsToPublication() {
        return Boolean.TRUE.equals(publishConsent);
    }
}
