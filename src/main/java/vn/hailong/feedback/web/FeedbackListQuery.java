package vn.hailong.feedback.web;

import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackChannel;
import vn.hailong.feedback.FeedbackFilter;
import vn.hailong.feedback.FeedbackStatus;

/**
 * The case list's query parameters, as the page and the API take them (every one optional):
 * {@code ?agency=&status=&overdue=&channel=&category=} (the search, sort and page: {@link vn.hailong.shared.ListParams}).
 */
record FeedbackListQuery(
        Long agency, FeedbackStatus status, Boolean overdue, FeedbackChannel channel, FeedbackCategory category) {

    FeedbackFilter filter() {
        return new FeedbackFilter(agency, status, overdue, channel, category);
    }
}
