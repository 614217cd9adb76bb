package vn.hailong.insight;

/** How a measure is broken down. */
public enum GroupBy {
    UNIT,
    MONTH,
    OFFICER,
    PROCEDURE,
    CHANNEL,
    /** Ratings only: the desk (quầy) that was rated. */
    DESK,
    /** Timeliness only: the processing steps, per step agency and officer. */
    STEP
}
