package vn.hailong.shared;

/**
 * What a list page or an API list asks for: a search text, a sort key and direction, the cursor of the page (from
 * the previous page's {@link ListPage#nextCursor()}, none for the first) and how many rows.
 */
public record ListQuery(String search, String sort, boolean descending, String cursor, int limit) {

    public static final int PAGE_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public ListQuery {
        search = Texts.blankToNull(search);
        sort = Texts.blankToNull(sort);
        cursor = Texts.blankToNull(cursor);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("list.limit", MAX_LIMIT);
        }
    }

    /**
     * From request parameters; {@code dir} is {@code asc} or {@code desc} (descending when blank); a limit above
     * {@link #MAX_LIMIT} gives pages of {@link #MAX_LIMIT} (the next page's cursor follows).
     */
    public static ListQuery of(String search, String sort, String dir, String cursor, Integer limit, int defaultLimit) {
        boolean descending = !"asc".equalsIgnoreCase(Texts.blankToNull(dir) == null ? "desc" : dir);
        int rows = limit == null ? defaultLimit : Math.min(limit, MAX_LIMIT);
        return new ListQuery(search, sort, descending, cursor, rows);
    }

    public static ListQuery first(int limit) {
        return new ListQuery(null, null, true, null, limit);
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }
}
