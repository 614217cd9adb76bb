package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The citizens' ratings of a dossier (one per {@link RatingMoment}), which its page and timeline show. The rating
 * module owns them and implements this, so that the dossier module names neither its tables nor its types.
 */
public interface DossierRatings {

    /** A rating: its moment, the mean of its scored answers (null when none is scored), channel and time. */
    record Rating(long id, RatingMoment moment, Double meanScore, boolean low, String channel, LocalDateTime at) {}

    /** The ratings of the dossier {@code code} in the caller's scope, oldest first. */
    List<Rating> of(String code);
}
