package vn.hailong.feedback;

/** What the case list is narrowed to (every part optional): agency, status, overdue or not, channel and kind. */
public record FeedbackFilter(
        Long agency, FeedbackStatus status, Boolean overdue, FeedbackChannel channel, FeedbackCategory category) {

    public static final FeedbackFilter ALL = new FeedbackFilter(null, null, null, null, null);
}
