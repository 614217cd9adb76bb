package vn.hailong.rating;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A rating submitted with the dossier's token; the idempotency key makes a repeat harmless. */
public record NewRating(@NotBlank @Size(max = 40) String token, @NotEmpty List<Answer> answers,
        @Size(max = 2000) String comment, @NotBlank @Size(min = 8, max = 80) String idempotencyKey, String channel) {

    /** The public channels that come with a token: the QR / short link (default) and the web page by dossier code. */
    public String channelOrQr() {
        return "WEB".equals(channel) ? "WEB" : "QR";
    }
}
