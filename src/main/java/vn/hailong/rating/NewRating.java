package vn.hailong.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import vn.hailong.dossier.RatingMoment;

/**
 * A rating as submitted. The citizen's own channels send the dossier's {@code token}; a kiosk sends its
 * {@code deviceToken} with one of: the receipt's token (scanned), a {@code dossierCode} (typed) with
 * {@code phoneLastDigits}, the last four digits of the applicant's phone, or an {@code officerId} (the
 * desk's officer, no dossier). {@code ratedAt} is when a kiosk took it (it may
 * arrive later from its offline queue). The idempotency key makes a repeat harmless. {@code moment}: which moment of
 * the dossier is rated (optional: a token of a moment rates that moment — another is refused —, otherwise the
 * result once the dossier was returned, the reception before).
 */
public record NewRating(
        @Size(max = 40) String token,
        @Size(max = 80) String deviceToken,
        @Size(max = 60) String dossierCode,
        Long officerId,
        @NotEmpty @Size(max = 20) List<Answer> answers,
        @Size(max = 2000) String comment,
        @NotBlank @Size(min = 8, max = 80) String idempotencyKey,
        String channel,
        LocalDateTime ratedAt,
        @Size(max = 4) String phoneLastDigits,
        RatingMoment moment) {

    /** A rating through the dossier's token (QR / short link, or the web page by dossier code). */
    public static NewRating byToken(
            String token, List<Answer> answers, String comment, String idempotencyKey, String channel) {
        return new NewRating(token, null, null, null, answers, comment, idempotencyKey, channel, null, null, null);
    }

    /** The public channels that come with a token: the QR / short link (default) and the web page by dossier code. */
    public String channelOrQr() {
        return "WEB".equals(channel) ? "WEB" : "QR";
    }

    public boolean fromKiosk() {
        return deviceToken != null && !deviceToken.isBlank();
    }
}
