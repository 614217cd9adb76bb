package vn.hailong.feedback;

/** Where a case came from: the public form, a low rating, the suggestion box, the hotline, a dialogue meeting. */
public enum FeedbackChannel {
    WEB,
    RATING,
    BOX,
    HOTLINE,
    MEETING;

    /** The channels staff key in by hand. */
    public static final java.util.List<FeedbackChannel> STAFF = java.util.List.of(BOX, HOTLINE, MEETING);
}
