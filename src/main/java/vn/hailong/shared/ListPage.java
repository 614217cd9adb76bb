package vn.hailong.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list: its items, the cursor of the next page ({@code null} on the last), and how many rows match in
 * all: {@code total} is exact when {@code totalExact}, otherwise the list holds more than {@code total} rows (pages
 * say "hơn N"). The JSON keeps the {@code items}/{@code total} shape of {@link ItemList}.
 */
public record ListPage<T>(List<T> items, long total, boolean totalExact, String nextCursor) {

    public <R> ListPage<R> map(Function<T, R> f) {
        return new ListPage<>(items.stream().map(f).toList(), total, totalExact, nextCursor);
    }

    /** The page from up to {@code limit + 1} rows: the extra row only says there is a next page. */
    public static <T> ListPage<T> of(List<T> rows, int limit, Function<T, String> cursorOf, Counted counted) {
        boolean more = rows.size() > limit;
        List<T> items = more ? List.copyOf(rows.subList(0, limit)) : rows;
        return new ListPage<>(
                items, counted.total(), counted.exact(), more ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }

    /**
     * Reads one keyset page: {@code select} (the columns, {@code "select …"}) over {@code fromWhere}
     * ({@code "from … where …"}, its parameters in {@code params}) after the query's cursor in the keyset's order,
     * and counts all the rows of {@code fromWhere} (up to {@code countCap} when not null).
     */
    public static <T> ListPage<T> read(
            JdbcClient jdbc,
            String select,
            String fromWhere,
            Map<String, Object> params,
            Keyset keyset,
            ListQuery q,
            RowMapper<T> rows,
            Function<T, String> cursorOf,
            Long countCap) {
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", q.limit() + 1);
        List<T> found = jdbc.sql(select + " " + fromWhere + keyset.after(q.cursor(), pageParams) + keyset.orderBy()
                        + " fetch first :limit rows only")
                .params(pageParams)
                .query(rows)
                .list();
        return of(found, q.limit(), cursorOf, Counted.count(jdbc, fromWhere, params, countCap));
    }

    /** A count, exact or capped ("more than {@code total}"). */
    public record Counted(long total, boolean exact) {

        public static Counted capped(long counted, Long cap) {
            return cap != null && counted > cap ? new Counted(cap, false) : new Counted(counted, true);
        }

        /**
         * Counts the rows of {@code fromWhere} ({@code "from … where …"}): all of them when {@code cap} is null,
         * otherwise up to one more than the cap, so that a big list stops counting early.
         */
        public static Counted count(JdbcClient jdbc, String fromWhere, Map<String, Object> params, Long cap) {
            String sql = cap == null
                    ? "select count(*) " + fromWhere
                    : "select count(*) from (select 1 x " + fromWhere + " fetch first :cap rows only) capped";
            var statement = jdbc.sql(sql).params(params);
            if (cap != null) {
                statement = statement.param("cap", cap + 1);
            }
            return capped(statement.query(Long.class).single(), cap);
        }
    }
}
