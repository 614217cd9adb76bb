package vn.hailong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.HaiLongApplication;
import vn.hailong.dossier.DossierBulk;
import vn.hailong.dossier.ImportedDossier;
import vn.hailong.insight.RatingDrain;
import vn.hailong.support.Databases;

/**
 * N rating submissions (default 100,000) over HTTP to HaiLong on a real PostgreSQL from 32 concurrent
 * clients, each rating its own dossier's token; then a steady 1,000 requests/s for 15 s (latency measured
 * from each request's scheduled time); then, as the baseline, the same number of raw single-row INSERTs
 * of the equivalent rows (the rating and its two answers, committed together) through JDBC at the same
 * concurrency. The load comes from keep-alive connections in the same JVM. Prints rates, their ratio, latencies, acknowledged ratings missing from the database,
 * duplicates, and the heap. Run: bench/run.sh rating-http [N]  (the JVM runs with -Xmx512m)
 */
public final class RatingHttpBenchmark {

    private static final int CLIENTS = 32;
    private static final int STEADY_RATE = 1000;
    private static final int STEADY_SECONDS = 15;
    private static final int WARMUP = 10_000;
    private static final Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int steady = STEADY_RATE * STEADY_SECONDS;
        int total = WARMUP + n + steady;
        String url = Databases.freshPostgresUrl();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.demo.dossier-scale=0",
                        "--hailong.public-rate-limit.per-minute=1000000000",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            String[] tokens = dossiersWithTokens(ctx, jdbc, total);
            System.out.printf(
                    "HaiLong rating benchmark: %,d ratings over HTTP, %d clients, PostgreSQL (embedded), Hikari pool %s%n",
                    n,
                    CLIENTS,
                    ctx.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"));

            ThreadLocal<KeepAliveHttp> http = ThreadLocal.withInitial(() -> new KeepAliveHttp("127.0.0.1", port));
            String endpoint = "/api/v1/ratings";
            long[] acked = new long[total];
            long[] latency = new long[total];
            closedLoop(http, endpoint, tokens, 0, WARMUP, acked, latency);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            closedLoop(http, endpoint, tokens, WARMUP, WARMUP + n, acked, latency);
            double ratingsPerSecond = n / ((System.nanoTime() - t0) / 1e9);
            double cpuPerRating = (processCpuNanos() - cpu0) / 1e6 / n;
            long[] burst = Arrays.copyOfRange(latency, WARMUP, WARMUP + n);
            steady(http, endpoint, tokens, WARMUP + n, total, acked, latency);
            long[] paced = Arrays.copyOfRange(latency, WARMUP + n, total);

            // before the baseline, which inserts raw rows of its own
            ctx.getBean(RatingDrain.class).drain();
            long counted = jdbc.sql(
                            "select coalesce(sum(ratings), 0) from insight_rating_count where channel <> 'BALLOT'")
                    .query(Long.class)
                    .single();
            long storedRatings =
                    jdbc.sql("select count(*) from rating").query(Long.class).single();

            double baseline = baseline(url, n);

            long acknowledged = Arrays.stream(acked).filter(id -> id > 0).count();
            Map<String, Long> stored = new HashMap<>();
            jdbc.sql("select idempotency_key, id from rating where idempotency_key like 'bench-rating-%'")
                    .query(rs -> {
                        stored.put(rs.getString(1), rs.getLong(2));
                    });
            long missing = 0;
            for (int i = 0; i < total; i++) {
                if (acked[i] > 0 && !Long.valueOf(acked[i]).equals(stored.get("bench-rating-" + i))) {
                    missing++;
                }
            }
            long duplicates = jdbc.sql(
                            "select count(*) from (select dossier_id from rating where dossier_id is not null "
                                    + "group by dossier_id having count(*) > 1) x")
                    .query(Long.class)
                    .single();
            long failed = total - acknowledged;

            System.out.printf(
                    "ratings_per_s=%.0f (closed loop, %d clients, %,d ratings)%n", ratingsPerSecond, CLIENTS, n);
            System.out.printf(
                    "jvm_cpu_ms_per_rating=%.2f (server and HTTP client in this JVM; PostgreSQL apart)%n",
                    cpuPerRating);
            System.out.printf(
                    "baseline_raw_inserts_per_s=%.0f (rating + 2 answers per commit, single-row INSERTs, %d connections)%n",
                    baseline, CLIENTS);
            System.out.printf("ratio=%.2f (goal >= 0.5)%n", ratingsPerSecond / baseline);
            System.out.printf("burst_latency_ms p50=%.1f p99=%.1f%n", pct(burst, 50), pct(burst, 99));
            System.out.printf(
                    "steady_%d_rps_latency_ms p50=%.1f p99=%.1f (from scheduled send time; goal p99 <= 50)%n",
                    STEADY_RATE, pct(paced, 50), pct(paced, 99));
            System.out.printf(
                    "acknowledged=%,d not_acknowledged=%,d missing=%d duplicates=%d (goal 0 and 0)%n",
                    acknowledged, failed, missing, duplicates);
            System.out.printf(
                    "rollups_ratings=%,d stored_ratings=%,d (every stored rating counted once in the dashboards' rollups)%n",
                    counted, storedRatings);
            OUTCOMES.forEach((k, v) -> System.out.printf("not_acknowledged_because: %s × %d%n", k, v));
            System.out.printf(
                    "heap_max_mb=%d heap_peak_used_mb=%d (goal <= 512)%n",
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
        }
        System.exit(0);
    }

    private static String[] dossiersWithTokens(ConfigurableApplicationContext ctx, JdbcClient jdbc, int total) {
        DossierBulk bulk = ctx.getBean(DossierBulk.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        List<String> agencies = jdbc.sql("select code from agency where kind = 'COMMUNE_PC' order by code")
                .query(String.class)
                .list();
        List<String> procedures = jdbc.sql("select code from admin_procedure order by code")
                .query(String.class)
                .list();
        for (int from = 0; from < total; from += 5000) {
            List<ImportedDossier> batch =
                    DossierImportBenchmark.generate("RB-", from, Math.min(total, from + 5000), agencies, procedures);
            tx.execute(s -> bulk.write(batch, null, "benchmark"));
        }
        jdbc.sql("""
                insert into rating_token (token, dossier_id, created_at, expires_at)
                select 'b' || d.id || substr(md5(random()::text), 1, 12), d.id, now(), now() + interval '30 days'
                from dossier d where d.code like 'RB-%'""").update();
        jdbc.sql("analyze").update();
        return jdbc.sql(
                        "select t.token from rating_token t join dossier d on d.id = t.dossier_id where d.code like 'RB-%' order by d.id")
                .query(String.class)
                .list()
                .toArray(String[]::new);
    }

    private static String request(String token, int i) {
        return """
                {"token":"%s","idempotencyKey":"bench-rating-%d","answers":[{"item":"RESULT","score":%d},{"item":"CONDUCT","score":%d}]}""".formatted(token, i, 3 + i % 3, 4 + i % 2);
    }

    private static void send(
            ThreadLocal<KeepAliveHttp> http,
            String endpoint,
            String[] tokens,
            int i,
            long startNanos,
            long[] acked,
            long[] latency) {
        try {
            KeepAliveHttp.Response r = http.get().post(endpoint, request(tokens[i], i));
            latency[i] = System.nanoTime() - startNanos;
            Matcher m = ID.matcher(r.body());
            if (r.status() == 201 && m.find()) {
                acked[i] = Long.parseLong(m.group(1));
            } else {
                OUTCOMES.merge(
                        r.status() + " "
                                + r.body().substring(0, Math.min(120, r.body().length())),
                        1,
                        Integer::sum);
            }
        } catch (Exception e) {
            latency[i] = System.nanoTime() - startNanos;
            OUTCOMES.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    private static void closedLoop(
            ThreadLocal<KeepAliveHttp> http,
            String endpoint,
            String[] tokens,
            int from,
            int to,
            long[] acked,
            long[] latency)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    send(http, endpoint, tokens, i, System.nanoTime(), acked, latency);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    /** A steady rate: request k is due at start + k / rate; latency counts from that moment (no coordinated omission). */
    private static void steady(
            ThreadLocal<KeepAliveHttp> http,
            String endpoint,
            String[] tokens,
            int from,
            int to,
            long[] acked,
            long[] latency)
            throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS * 4);
        for (int c = 0; c < CLIENTS * 4; c++) {
            int lane = c;
            pool.execute(() -> {
                for (int i = from + lane; i < to; i += CLIENTS * 4) {
                    long due = start + (long) ((i - from) * (1e9 / STEADY_RATE));
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    send(http, endpoint, tokens, i, due, acked, latency);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    private static double baseline(String url, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long agency;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            var rs = c.createStatement()
                    .executeQuery("select id, unit_code from agency where kind = 'COMMUNE_PC' order by id limit 1");
            rs.next();
            agency = rs.getLong(1);
        }
        long t0 = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            pool.execute(() -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                    c.setAutoCommit(false);
                    PreparedStatement rating = c.prepareStatement("""
                            insert into rating (idempotency_key, form_code, channel, instrument, agency_id, procedure_code, field_code,
                              unit_code, low, created_at) values (?, 'QUICK', 'QR', 'FIVE_LEVEL', ?, 'HT-001', 'HO_TICH', '06685', false, ?)""", new String[] {"id"});
                    PreparedStatement answer = c.prepareStatement(
                            "insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)");
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        rating.setString(1, "raw-" + i);
                        rating.setLong(2, agency);
                        rating.setTimestamp(3, now);
                        rating.executeUpdate();
                        var keys = rating.getGeneratedKeys();
                        keys.next();
                        long id = keys.getLong(1);
                        for (String item : new String[] {"RESULT", "CONDUCT"}) {
                            answer.setLong(1, id);
                            answer.setString(2, item);
                            answer.setInt(3, 5);
                            answer.executeUpdate();
                        }
                        c.commit();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
