package vn.hailong.feedback.web;

import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackChannel;
import vn.hailong.feedback.FeedbackFilter;
import vn.hailong.feedback.FeedbackStatus;
import vn.hailong.shared.ListQuery;

/**
 * The case list's query parameters, as the page and the API take them (every one optional):
 * {@code ?agency=&status=&overdue=&channel=&category=&q=&sort=&dir=&cursor=&limit=}.
 */
record FeedbackListQuery(
        Long agency,
        FeedbackStatus status,
        Boolean overdue,
        FeedbackChannel channel,
        FeedbackCategory category,
        String q,
        String sort,
        String dir,
        String cursor,
        Integer limit) {

    /** The search, sort and page of the list, with this many rows per page unless {@code limit} is given. */
    ListQuery page(int defaultLimit) {
        return ListQuery.of(q, sort, dir, cursor, limit, defaultLimit);
    }

    FeedbackFilter filter() {
        return new FeedbackFilter(agency, status, overdue, channel, category);
    }
}
