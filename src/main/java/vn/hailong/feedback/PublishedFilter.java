package vn.hailong.feedback;

/**
 * What the public answers list is narrowed to (every part optional): the unit, the kind of case and a topic of the
 * comment dictionary (the published question mentions one of its keywords).
 */
public record PublishedFilter(Long agency, FeedbackCategory category, String topic) {

    public static final PublishedFilter ALL = new PublishedFilter(null, null, null);

    public PublishedFilter {
        topic = vn.hailong.shared.Texts.blankToNull(topic);
    }
}
