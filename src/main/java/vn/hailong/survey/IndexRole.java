package vn.hailong.survey;

/** An item's place in the index: a criterion of its section's factor, the factor's own satisfaction, overall, or none. */
public enum IndexRole {
    CRITERION,
    FACTOR,
    OVERALL,
    NONE
}
