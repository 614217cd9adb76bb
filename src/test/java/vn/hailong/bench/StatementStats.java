package vn.hailong.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL did during a part of a benchmark, from {@code pg_stat_statements} (the embedded server loads it
 * when the benchmark calls {@code Databases.withStatementStatistics()} first): statements, rows, WAL and the executor's
 * and planner's time, per rating — measures that do not depend on how loaded the machine is. Every session of the
 * benchmark's database is counted (the requests, the group commit, the rollups' drain). Multi-row statements that
 * differ only in their number of rows are shown as one shape.
 */
final class StatementStats {

    /** One shape of statement: calls, rows, time in ms, WAL bytes. */
    record Shape(String text, long calls, long rows, double execMs, double planMs, long walBytes) {}

    private final String url;

    StatementStats(String url) throws SQLException {
        this.url = url;
        try (Connection c = connect()) {
            c.createStatement().execute("create extension if not exists pg_stat_statements");
        }
    }

    /** Forgets what was counted so far. */
    void reset() throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements counted since the last {@link #reset()}, by shape, most costly first. */
    List<Shape> read() throws SQLException {
        Map<String, Shape> byShape = new LinkedHashMap<>();
        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery("""
                        select query, calls, rows, total_exec_time, total_plan_time, wal_bytes from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                          and query not like '%pg_stat_statements%'
                        order by total_exec_time + total_plan_time desc""")) {
            while (rs.next()) {
                Shape s = new Shape(
                        shape(rs.getString(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getBigDecimal(6).longValue());
                byShape.merge(
                        s.text(),
                        s,
                        (a, b) -> new Shape(
                                a.text(),
                                a.calls() + b.calls(),
                                a.rows() + b.rows(),
                                a.execMs() + b.execMs(),
                                a.planMs() + b.planMs(),
                                a.walBytes() + b.walBytes()));
            }
        }
        List<Shape> shapes = new ArrayList<>(byShape.values());
        shapes.sort((a, b) -> Double.compare(b.execMs() + b.planMs(), a.execMs() + a.planMs()));
        return shapes;
    }

    /**
     * Prints the totals per rating as {@code <label>sql_statements_per_rating=...} and the {@code top} costliest
     * shapes; {@code batchStatement} (the start of the statement that inserts ratings) gives the ratings per commit.
     */
    static void print(String label, List<Shape> shapes, long ratings, String batchStatement, int top) {
        print(label, shapes, ratings, "rating", batchStatement, top);
    }

    /**
     * Prints the totals per {@code unit} (a rating, an imported dossier) as {@code <label>sql_statements_per_<unit>=...}
     * and the {@code top} costliest shapes; {@code batchStatement} (the start of the statement that inserts the units;
     * null: none) gives the units per commit.
     */
    static void print(String label, List<Shape> shapes, long units, String unit, String batchStatement, int top) {
        long calls = shapes.stream().mapToLong(Shape::calls).sum();
        long rows = shapes.stream().mapToLong(Shape::rows).sum();
        double exec = shapes.stream().mapToDouble(Shape::execMs).sum();
        double plan = shapes.stream().mapToDouble(Shape::planMs).sum();
        long wal = shapes.stream().mapToLong(Shape::walBytes).sum();
        long inserts = batchStatement == null
                ? 0
                : shapes.stream()
                        .filter(s -> s.text().startsWith(batchStatement))
                        .mapToLong(Shape::calls)
                        .sum();
        System.out.printf(
                "%ssql_statements_per_%s=%.2f rows_per_%s=%.2f wal_bytes_per_%s=%.0f pg_exec_ms_per_%s=%.3f pg_plan_ms_per_%s=%.3f%s%n",
                label,
                unit,
                (double) calls / units,
                unit,
                (double) rows / units,
                unit,
                (double) wal / units,
                unit,
                exec / units,
                unit,
                plan / units,
                batchStatement == null
                        ? ""
                        : " %ss_per_commit=%.1f".formatted(unit, inserts == 0 ? 0.0 : (double) units / inserts));
        System.out.printf(
                "%s  calls/%s rows/%s exec_ms/%s plan_ms/%s wal_B/%s statement%n", label, unit, unit, unit, unit, unit);
        shapes.stream()
                .limit(top)
                .forEach(s -> System.out.printf(
                        "%s  %8.3f %8.3f %8.4f %8.4f %8.0f  %s%n",
                        label,
                        (double) s.calls() / units,
                        (double) s.rows() / units,
                        s.execMs() / units,
                        s.planMs() / units,
                        (double) s.walBytes() / units,
                        s.text()));
    }

    /**
     * Samples, every 5 ms until {@code until} is done, what each active session of the database waits for (CPU when
     * nothing) and in which statement; prints the {@code top} most frequent with their share of the samples: where
     * PostgreSQL's time goes, including lock and I/O waits that the statements' times include.
     */
    void sampleActivity(String label, java.util.concurrent.Future<?> until, int top) throws Exception {
        Map<String, Integer> counts = new java.util.HashMap<>();
        int samples = 0;
        try (Connection c = connect();
                var ps = c.prepareStatement("""
                        select coalesce(wait_event_type || ':' || wait_event, 'CPU'), query from pg_stat_activity
                        where datname = current_database() and state = 'active' and pid <> pg_backend_pid()""")) {
            while (!until.isDone()) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.merge(rs.getString(1) + "  " + shape(rs.getString(2)), 1, Integer::sum);
                        samples++;
                    }
                }
                Thread.sleep(5);
            }
        }
        int total = samples;
        System.out.printf("%sactive_session_samples=%d (every 5 ms: wait event or CPU, statement)%n", label, total);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%s  %5.1f%%  %s%n", label, 100.0 * e.getValue() / total, e.getKey()));
    }

    /** The statement with its parameters as ?, its runs of row tuples as one, cut to 140 characters. */
    static String shape(String query) {
        String s = query.replaceAll("\\s+", " ")
                .replaceAll("\\$\\d+", "?")
                .replaceAll("(\\([?, ]+\\))(, \\([?, ]+\\))+", "$1, ...")
                .replaceAll("\\((\\?, )+\\?\\)", "(?...)")
                .trim();
        return s.length() > 140 ? s.substring(0, 140) : s;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
