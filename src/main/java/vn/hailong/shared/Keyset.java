package vn.hailong.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Keyset pagination over one sort column and a unique id as tie-breaker: the order, the condition that starts a page
 * after the cursor, and the opaque cursor of a row. A cursor names its sort and direction, so a cursor from another
 * sort is refused instead of skipping rows.
 */
public final class Keyset {

    public enum Kind {
        TIME,
        TEXT,
        NUMBER
    }

    /** A sortable column: its key in the query string, its SQL expression (never null) and its type. */
    public record Column(String key, String sql, Kind kind) {}

    private final Column column;
    private final boolean descending;
    private final String idSql;

    private Keyset(Column column, boolean descending, String idSql) {
        this.column = column;
        this.descending = descending;
        this.idSql = idSql;
    }

    /** The keyset for the query's sort among the allowed columns (the first is the default). */
    public static Keyset of(ListQuery q, List<Column> columns, String idSql) {
        Column chosen = columns.get(0);
        if (q.sort() != null) {
            chosen = columns.stream()
                    .filter(c -> c.key().equals(q.sort()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("list.sort", q.sort()));
        }
        return new Keyset(chosen, q.descending(), idSql);
    }

    public Column column() {
        return column;
    }

    public String orderBy() {
        String dir = descending ? " desc" : " asc";
        return " order by " + column.sql() + dir + ", " + idSql + dir;
    }

    /** {@code " and (…)"} starting after the cursor, or {@code ""} for the first page. */
    public String after(String cursor, Map<String, Object> params) {
        if (cursor == null) {
            return "";
        }
        String[] parts = decode(cursor);
        String op = descending ? "<" : ">";
        params.put("ksValue", value(parts[2]));
        params.put("ksId", parseId(parts[3]));
        // a row value comparison, which PostgreSQL turns into one range of the (column, id) index
        return " and (" + column.sql() + ", " + idSql + ") " + op + " (:ksValue, :ksId)";
    }

    /** The cursor that starts the page after a row with this sort value and id. */
    public String cursor(Object value, long id) {
        String text = switch (column.kind()) {
            case TIME -> ((LocalDateTime) value).toString();
            case TEXT, NUMBER -> String.valueOf(value);
        };
        String raw = column.key() + "\u0001" + (descending ? "d" : "a") + "\u0001" + text + "\u0001" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private String[] decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\u0001", -1);
            if (parts.length == 4 && parts[0].equals(column.key()) && parts[1].equals(descending ? "d" : "a")) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the clear error below
        }
        throw new InvalidInputException("list.cursor");
    }

    private Object value(String text) {
        try {
            return switch (column.kind()) {
                case TIME -> Timestamp.valueOf(LocalDateTime.parse(text));
                case NUMBER -> Long.parseLong(text);
                case TEXT -> text;
            };
        } catch (RuntimeException e) {
            throw new InvalidInputException("list.cursor");
        }
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("list.cursor");
        }
    }
}
