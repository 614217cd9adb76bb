package vn.hailong.survey;

/** How an item is answered: 1..5 satisfaction, yes/no, one of its options, up to three of its options, or free text. */
public enum ItemType {
    SATISFACTION,
    YES_NO,
    CATEGORICAL,
    EXPECTATION,
    TEXT;

    /** An expectation item takes at most this many of its options ("what should improve"). */
    public static final int MAX_EXPECTATIONS = 3;
}
