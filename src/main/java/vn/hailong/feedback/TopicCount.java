package vn.hailong.feedback;

/** How many feedback texts and rating comments of a unit mention a topic in a period. */
record TopicCount(long agencyId, String agencyName, String topic, long feedbackTexts, long ratingComments) {

    public long total() {
        return feedbackTexts + ratingComments;
    }
}
