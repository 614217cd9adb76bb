package vn.hailong.shared;

import java.util.Map;

/** The where clause of a list's filters, built beside its parameters. */
public final class ListFilters {

    private ListFilters() {}

    /** Appends {@code " and column = :fN"} with {@code value} as its parameter, unless the value is null. */
    public static void equal(StringBuilder where, Map<String, Object> params, String column, Object value) {
        if (value == null) {
            return;
        }
        String name = "f" + params.size();
        where.append(" and ").append(column).append(" = :").append(name);
        params.put(name, value instanceof Enum<?> e ? e.name() : value);
    }
}
