package vn.hailong.insight.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds summed rows to a rollup table: one MERGE whose source is a VALUES list of distinct keys with their sums (in
 * statements of up to {@value #ROWS} rows), so that each rollup row is written once however many ratings it counts.
 * Portable to H2 and PostgreSQL (no ON CONFLICT); the first row's placeholders are cast, so that the databases know the
 * VALUES' column types, the others are bare (JFR: parsing a statement with every placeholder cast was the drain's
 * largest Java cost).
 *
 * @param table the rollup table
 * @param keys its key columns with their SQL types, e.g. {@code on_day date}
 * @param sums the summed columns (bigint), in the order of the sums' arrays
 */
record RollupMerge(String table, List<String> keys, List<String> sums) {

    private static final int ROWS = 1000;

    /** One MERGE statement and its positional parameters (the repository runs it). */
    record Statement(String sql, List<Object> params) {}

    /** The statements that add the rows (none for no rows). */
    List<Statement> statements(RatingBatchSums.Table rows) {
        List<Statement> out = new ArrayList<>();
        List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(rows.rows.entrySet());
        for (int from = 0; from < entries.size(); from += ROWS) {
            List<Map.Entry<List<Object>, long[]>> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS));
            List<Object> params = new ArrayList<>(chunk.size() * (keys.size() + sums.size()));
            for (Map.Entry<List<Object>, long[]> e : chunk) {
                params.addAll(e.getKey());
                for (int i = 0; i < sums.size(); i++) {
                    params.add(e.getValue()[i]);
                }
            }
            out.add(new Statement(sql(chunk.size()), params));
        }
        return out;
    }

    String sql(int rowCount) {
        List<String> names = keys.stream().map(k -> k.split(" ")[0]).toList();
        // the first row says the columns' types; the others are bare placeholders (a shorter text to send and parse)
        String typed = "("
                + keys.stream()
                        .map(k -> "cast(? as " + k.split(" ", 2)[1] + ")")
                        .collect(Collectors.joining(", "))
                + ", "
                + String.join(", ", Collections.nCopies(sums.size(), "cast(? as bigint)"))
                + ")";
        String bare = "(" + String.join(",", Collections.nCopies(keys.size() + sums.size(), "?")) + ")";
        String rows = rowCount == 1 ? typed : typed + "," + String.join(",", Collections.nCopies(rowCount - 1, bare));
        List<String> columns = new ArrayList<>(names);
        columns.addAll(sums);
        return "merge into " + table + " t using (values " + rows
                + ") as k (" + String.join(", ", columns) + ") on "
                + names.stream().map(n -> "t." + n + " = k." + n).collect(Collectors.joining(" and "))
                + " when matched then update set "
                + sums.stream().map(s -> s + " = t." + s + " + k." + s).collect(Collectors.joining(", "))
                + " when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "k." + c).collect(Collectors.joining(", ")) + ")";
    }
}
