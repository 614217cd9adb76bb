package vn.hailong.rating;

import vn.hailong.dossier.RatingMoment;

/**
 * One question of a counter form; "not applicable" is allowed where it fits. {@code moment}: the one moment it is
 * asked at, or null when it is asked at both (and when no moment is known, every item is asked).
 */
public record RatingItem(String code, String text, boolean allowsNotApplicable, RatingMoment moment) {

    public RatingItem(String code, String text, boolean allowsNotApplicable) {
        this(code, text, allowsNotApplicable, null);
    }

    /** Whether it is asked at {@code m} (every item is when no moment is known). */
    public boolean askedAt(RatingMoment m) {
        return m == null || moment == null || moment == m;
    }
}
