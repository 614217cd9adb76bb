package vn.hailong.insight;

/** How a measure is broken down. */
public enum GroupBy {
    UNIT,
    MONTH,
    OFFICER,
    PROCEDURE,
    CHANNEL
}
