package vn.hailong.feedback;

/** What the leader's publish form starts from: the question and the answer, anonymised unless the citizen agreed. */
record PublicDraft(String question, String answer) {

    static PublicDraft of(FeedbackCase c) {
        if (c.publishConsent()) {
            return new PublicDraft(c.body(), c.answer());
        }
        return new PublicDraft(
                Anonymiser.mask(c.body(), c.contactName(), c.contactPhone(), c.contactEmail()),
                Anonymiser.mask(c.answer(), c.contactName(), c.contactPhone(), c.contactEmail()));
    }
}
