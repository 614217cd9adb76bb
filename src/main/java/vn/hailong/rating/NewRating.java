package vn.hailong.rating;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A rating submitted with the dossier's token; the idempotency key makes a repeat harmless. */
public record NewRating(@NotBlank @Size(max = 40) String token, @NotEmpty List<Answer> answers,
        @Size(max = 2000) String comment, @NotBlank @Size(min = 8, max = 80) String idempotencyKey) {
}
