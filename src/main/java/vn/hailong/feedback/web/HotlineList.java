package vn.hailong.feedback.web;

import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;

/** The hotline lists' query: alphabetical (ascending) unless another direction is asked for. */
final class HotlineList {

    private HotlineList() {}

    /** The query, searching {@code fallbackSearch} when there is no {@code q} (the public page's old parameter). */
    static ListQuery query(ListParams p, String fallbackSearch, int defaultLimit) {
        String q = p.q() == null || p.q().isBlank() ? fallbackSearch : p.q();
        String dir = p.dir() == null || p.dir().isBlank() ? "asc" : p.dir();
        return ListQuery.of(q, p.sort(), dir, p.cursor(), p.limit(), defaultLimit);
    }
}
