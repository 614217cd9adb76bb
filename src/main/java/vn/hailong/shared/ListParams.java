package vn.hailong.shared;

/**
 * A list's search, sort and page as request parameters ({@code ?q=&sort=&dir=&cursor=&limit=}, every one optional),
 * bound beside the list's own filter parameters.
 */
public record ListParams(String q, String sort, String dir, String cursor, Integer limit) {

    /** The list query, with this many rows per page unless {@code limit} is given. */
    public ListQuery page(int defaultLimit) {
        return ListQuery.of(q, sort, dir, cursor, limit, defaultLimit);
    }
}
