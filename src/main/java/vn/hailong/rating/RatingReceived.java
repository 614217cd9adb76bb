package vn.hailong.rating;

import java.time.LocalDateTime;

/**
 * A rating was stored (published inside the storing transaction, so a listener's writes commit or
 * roll back with the rating). {@code low} is true when any item is at or below the low threshold.
 */
public record RatingReceived(long ratingId, Long dossierId, String dossierCode, long agencyId, Long officerId,
        String channel, boolean low, String comment, LocalDateTime at) {
}
