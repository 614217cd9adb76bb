package vn.hailong.rating;

/** One question of a counter form; "not applicable" is allowed where it fits. */
public record RatingItem(String code, String text, boolean allowsNotApplicable) {}
