package vn.hailong.insight;

/**
 * The nine indicators of Decree 61/2018 Art. 31, each worth 0..2 points; {@link #code()} is the item code of the
 * shipped questionnaire ND61-9 (CT1..CT9), whose wording the bundles repeat as {@code decree61.indicator.CTn}.
 */
enum Decree61Indicator {
    TOTAL_TIME,
    STEP_TIME,
    CONTACTS,
    AGENCIES,
    ONE_STOP,
    PUBLIC_LISTING,
    ATTITUDE,
    FEEDBACK,
    ONLINE;

    public String code() {
        return "CT" + (ordinal() + 1);
    }
}
