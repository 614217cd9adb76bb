package vn.hailong.shared;

import java.util.Map;

/** A list's filter conditions, added to its {@code where} clause only for the filters that are set. */
public final class ListFilter {

    private ListFilter() {}

    /** Appends {@code " and column = :pN"} with the value as parameter, unless the value is null (not filtered). */
    public static void equal(StringBuilder where, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            String name = "p" + params.size();
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
