package vn.hailong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hailong.HaiLongApplication;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.ApiKeyPrincipal;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierRow;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.VietnameseText;
import vn.hailong.support.Databases;

/**
 * The dossier list at volume: N dossiers ({@link DossierSearchData}, default 5,000,000) in a real PostgreSQL, then the
 * list's own path ({@code Dossiers.page}: search, filter, keyset page of 50 and the count capped as on {@code /ho-so},
 * the same SQL the application runs) timed ROUNDS times with varying inputs for: a code with and without dashes, a
 * name without diacritics, the phone's last 4 digits, the first page of a filtered list (unit + status + a date range,
 * newest first) and page 200 of a unit's returned dossiers (keyset). Prints p50/p95/p99, the rows found and which
 * indexes the statements used ({@code pg_stat_user_indexes}); then drops the table's secondary indexes and times the
 * same calls again (fewer rounds, at most {@value #SLOW_BUDGET_S} s a query) for the ratio. The caller is an
 * integration key over every agency (the widest scope, personal data allowed). Run: bench/run.sh dossier-search [N]
 * [ROUNDS] [--explain] [--custom-plans] (--explain: PostgreSQL reports the plans, with buffers, of statements over 30
 * ms; --custom-plans: plan_cache_mode = force_custom_plan, an experiment).
 */
public final class DossierSearchBenchmark {

    private static final String PROVINCE = "22";
    private static final int DEEP_PAGE = 200;
    private static final int SLOW_BUDGET_S = 20;

    record Query(String name, IntFunction<ListPage<DossierRow>> run) {}

    record Result(double[] pct, int calls, String rows, String indexes) {}

    public static void main(String[] args) throws Exception {
        List<String> numbers =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        int n = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 5_000_000;
        int rounds = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 200;
        boolean explain = List.of(args).contains("--explain");
        boolean customPlans = List.of(args).contains("--custom-plans");
        String loadAtStart = load();
        String url = Databases.freshPostgresUrl();
        if (customPlans) {
            // an experiment: PostgreSQL plans every execution with its parameters, never a generic plan
            JdbcClient admin = JdbcClient.create(Databases.server().getPostgresDatabase());
            admin.sql("alter system set plan_cache_mode = 'force_custom_plan'").update();
            admin.sql("select pg_reload_conf()").query(Boolean.class).single();
        }
        if (explain) {
            // PostgreSQL's auto_explain reports the plan (actual times, buffers) of every statement over 30 ms, in the
            // sessions opened from now on (the application's)
            JdbcClient admin = JdbcClient.create(Databases.server().getPostgresDatabase());
            admin.sql("alter system set session_preload_libraries = 'auto_explain'")
                    .update();
            admin.sql("alter system set auto_explain.log_min_duration = '30ms'").update();
            admin.sql("alter system set auto_explain.log_analyze = on").update();
            admin.sql("alter system set auto_explain.log_buffers = on").update();
            // as a notice to the client, which JdbcTemplate logs (DEBUG) with the statement
            admin.sql("alter system set auto_explain.log_level = 'notice'").update();
            admin.sql("select pg_reload_conf()").query(Boolean.class).single();
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.demo.dossier-scale=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.springframework.jdbc.core.JdbcTemplate=" + (explain ? "DEBUG" : "WARN"),
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            System.out.printf(
                    "HaiLong dossier search benchmark: %,d dossiers, PostgreSQL %s (embedded), %d rounds, plan_cache_mode %s%n",
                    n,
                    jdbc.sql("show server_version").query(String.class).single(),
                    rounds,
                    jdbc.sql("show plan_cache_mode").query(String.class).single());
            System.out.println("load at start (/proc/loadavg): " + loadAtStart + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            DossierSearchData.Filled filled = DossierSearchData.fill(ctx.getBean(DataSource.class), jdbc, n, PROVINCE);
            System.out.printf(
                    "filled by COPY in %.1f s (%,.0f rows/s; 5,000,000 would take ~%.0f s), vacuum analyze %.1f s%n",
                    filled.copySeconds(),
                    n / filled.copySeconds(),
                    5e6 / (n / filled.copySeconds()),
                    filled.analyzeSeconds());
            System.out.println("indexes rebuilt: " + String.join(", ", filled.indexTimes()));
            System.out.println(jdbc.sql("""
                            select count(distinct agency_id) || ' agencies, ' || count(distinct procedure_code)
                              || ' procedures, ' || count(distinct status) || ' statuses, received '
                              || min(received_at)::date || ' to ' || max(received_at)::date
                              || ', table ' || pg_size_pretty(pg_total_relation_size('dossier'))
                            from dossier""").query(String.class).single());

            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            new ApiKeyPrincipal(0, "benchmark", AgencyScope.EVERYTHING), null, List.of()));
            List<Query> queries = queries(ctx.getBean(Dossiers.class), jdbc, n);
            List<Result> with = new ArrayList<>();
            for (Query q : queries) {
                with.add(measure(jdbc, q, 3, rounds, Integer.MAX_VALUE));
            }
            List<String> dropped = jdbc.sql("""
                            select indexname from pg_indexes where tablename = 'dossier'
                            and indexname not in (select conname from pg_constraint)""").query(String.class).list();
            dropped.forEach(i -> jdbc.sql("drop index " + i).update());
            jdbc.sql("analyze dossier").update();
            System.out.println("without indexes: dropped " + String.join(", ", dropped)
                    + " (left: the primary key and the code's unique constraint)");
            List<Result> without = new ArrayList<>();
            for (Query q : queries) {
                without.add(measure(jdbc, q, 1, Math.max(3, rounds / 10), SLOW_BUDGET_S));
            }
            print(queries, with, without);
            System.out.println("load at end (/proc/loadavg): " + load());
        }
    }

    static List<Query> queries(Dossiers dossiers, JdbcClient jdbc, int n) {
        Random r = new Random(7);
        List<String> codes = jdbc.sql("select code from dossier where id % :k = 0 order by id")
                .param("k", Math.max(1, n / 2000))
                .query(String.class)
                .list();
        List<Long> units = DossierSearchData.agencies(jdbc, PROVINCE).stream()
                .limit(10)
                .map(DossierSearchData.Agency::id)
                .toList();
        DossierStatus[] open = {DossierStatus.PROCESSING, DossierStatus.RECEIVED, DossierStatus.RESOLVED};
        int spanDays = (int) (DossierSearchData.LAST_DAY.toEpochDay() - DossierSearchData.FIRST_DAY.toEpochDay());
        List<Query> q = new ArrayList<>();
        q.add(new Query("code with dashes", i -> page(dossiers, DossierFilter.none(), pick(codes, r), null)));
        q.add(new Query(
                "code without dashes",
                i -> page(dossiers, DossierFilter.none(), pick(codes, r).replace("-", ""), null)));
        q.add(new Query(
                "name without diacritics",
                i -> page(dossiers, DossierFilter.none(), VietnameseText.fold(DossierSearchData.name(r)), null)));
        q.add(new Query(
                "phone, last 4 digits",
                i -> page(dossiers, DossierFilter.none(), String.format("%04d", r.nextInt(10_000)), null)));
        q.add(new Query("unit+status+dates, page 1", i -> {
            // half: returned in a window of 1–6 months; half: still open, received in the last 1–3 months
            boolean returned = r.nextBoolean();
            LocalDate to = returned
                    ? DossierSearchData.FIRST_DAY.plusDays(180 + r.nextInt(spanDays - 180))
                    : DossierSearchData.LAST_DAY;
            DossierFilter f = filter(
                    units.get(r.nextInt(units.size())),
                    returned ? DossierStatus.RETURNED : open[r.nextInt(open.length)],
                    to.minusDays(returned ? 30 + r.nextInt(150) : 30 + r.nextInt(60)),
                    to);
            return page(dossiers, f, null, null);
        }));
        List<Map.Entry<DossierFilter, String>> deep = deepCursors(dossiers, jdbc);
        q.add(new Query("unit+status, page " + DEEP_PAGE + " (keyset)", i -> {
            Map.Entry<DossierFilter, String> e = deep.get(i % deep.size());
            return page(dossiers, e.getKey(), null, e.getValue());
        }));
        return q;
    }

    /**
     * For up to 5 units with enough returned dossiers, the filter (unit, returned, the whole span) and the cursor of
     * its page {@value #DEEP_PAGE}, walked page by page through the application; without such a unit, every unit.
     */
    private static List<Map.Entry<DossierFilter, String>> deepCursors(Dossiers dossiers, JdbcClient jdbc) {
        int needed = (DEEP_PAGE - 1) * ListQuery.PAGE_LIMIT + 1;
        List<Long> units =
                jdbc.sql("""
                        select agency_id from dossier where status = 10 group by agency_id
                        having count(*) >= :needed order by count(*) desc fetch first 5 rows only""").param("needed", needed).query(Long.class).list();
        List<DossierFilter> filters = units.isEmpty()
                ? List.of(filter(null, DossierStatus.RETURNED, null, null))
                : units.stream()
                        .map(u -> filter(u, DossierStatus.RETURNED, null, null))
                        .toList();
        if (units.isEmpty()) {
            System.out.println("no unit has " + needed + " returned dossiers: the deep page is every unit's");
        }
        long t = System.nanoTime();
        List<Map.Entry<DossierFilter, String>> cursors = new ArrayList<>();
        for (DossierFilter f : filters) {
            String cursor = null;
            for (int p = 1; p < DEEP_PAGE; p++) {
                cursor = page(dossiers, f, null, cursor).nextCursor();
            }
            cursors.add(Map.entry(f, cursor));
        }
        System.out.printf(
                "deep pages: cursors of page %d for %d filters walked in %.1f s%n",
                DEEP_PAGE, filters.size(), (System.nanoTime() - t) / 1e9);
        return cursors;
    }

    static DossierFilter filter(Long unit, DossierStatus status, LocalDate from, LocalDate to) {
        return new DossierFilter(unit, status, null, null, null, null, from, to, null, null, null, null, null);
    }

    static ListPage<DossierRow> page(Dossiers dossiers, DossierFilter f, String search, String cursor) {
        return dossiers.page(
                f, new ListQuery(search, null, true, cursor, ListQuery.PAGE_LIMIT), Dossiers.PAGE_COUNT_CAP);
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    /**
     * Times a query {@code rounds} times (or until {@code budgetSeconds} have passed, at least 3 calls) after
     * {@code warmUp} untimed calls; the rows found (median and range of the page's total) and the index scans of the dossier table
     * during the timed calls.
     */
    static Result measure(JdbcClient jdbc, Query q, int warmUp, int rounds, int budgetSeconds)
            throws InterruptedException {
        for (int w = 0; w < warmUp; w++) {
            q.run().apply(w);
        }
        Map<String, Long> before = scans(jdbc);
        long[] times = new long[rounds];
        long[] totals = new long[rounds];
        int capped = 0;
        int calls = 0;
        long start = System.nanoTime();
        while (calls < rounds && (calls < 3 || System.nanoTime() - start < budgetSeconds * 1e9)) {
            long t = System.nanoTime();
            ListPage<DossierRow> page = q.run().apply(calls);
            times[calls] = System.nanoTime() - t;
            totals[calls] = page.total();
            capped += page.totalExact() ? 0 : 1;
            calls++;
        }
        Map<String, Long> after = scans(jdbc);
        String used = after.entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                .map(e -> e.getKey() + "×" + (e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .collect(Collectors.joining(" "));
        long[] t = Arrays.copyOf(times, calls);
        long[] rows = Arrays.copyOf(totals, calls);
        Arrays.sort(rows);
        String found = "%d (%d–%d%s)"
                .formatted(rows[calls / 2], rows[0], rows[calls - 1], capped > 0 ? "+, " + capped + " capped" : "");
        return new Result(new double[] {pct(t, 50), pct(t, 95), pct(t, 99)}, calls, found, used);
    }

    /**
     * Scans of the dossier table so far: per index ({@code pg_stat_user_indexes}) and sequential; read after the
     * backends have flushed their statistics (at most once a second, and when idle).
     */
    private static Map<String, Long> scans(JdbcClient jdbc) throws InterruptedException {
        Thread.sleep(1500);
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("select indexrelname, idx_scan from pg_stat_user_indexes where relname = 'dossier'")
                .query(rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        m.put(
                "seq scan",
                jdbc.sql("select seq_scan from pg_stat_user_tables where relname = 'dossier'")
                        .query(Long.class)
                        .single());
        return m;
    }

    private static void print(List<Query> queries, List<Result> with, List<Result> without) {
        System.out.printf(
                "%n%-30s %7s %7s %7s | %7s %7s %5s | %-6s | %-24s | %s%n",
                "query (Dossiers.page)",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "p50 no",
                "p95 no",
                "calls",
                "p95×",
                "rows found: median (range)",
                "dossier indexes used (scans)");
        for (int i = 0; i < queries.size(); i++) {
            Result w = with.get(i);
            Result o = without.get(i);
            System.out.printf(
                    "%-30s %7.1f %7.1f %7.1f | %7.1f %7.1f %5d | %5.0f× | %-24s | %s%s%n",
                    queries.get(i).name(),
                    w.pct()[0],
                    w.pct()[1],
                    w.pct()[2],
                    o.pct()[0],
                    o.pct()[1],
                    o.calls(),
                    o.pct()[1] / w.pct()[1],
                    w.rows(),
                    w.indexes(),
                    w.pct()[1] <= 50 ? "  [p95 ≤ 50 ms]" : "  [p95 > 50 ms]");
        }
        System.out.println(
                "(calls with indexes: " + with.get(0).calls() + " each; 'no' = without the secondary indexes,"
                        + " rows found counted up to " + Dossiers.PAGE_COUNT_CAP + " as the page does)");
        System.out.println("without indexes, scans: "
                + without.stream().map(Result::indexes).collect(Collectors.joining(" | ")));
    }

    static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
