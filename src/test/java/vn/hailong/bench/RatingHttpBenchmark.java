package vn.hailong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * concurrency. The HTTP clients run in a separate JVM ({@link RatingHttpClients}), so that the CPU time of this
 * (the server's) process per rating is the server's alone; the clients' and PostgreSQL's CPU per rating are printed
 * beside it. Prints rates, their ratio, latencies, acknowledged ratings missing from the database,
 * duplicates, and the heap. Run: bench/run.sh rating-http [N] [--platform-threads] [--no-group-commit]
 * [--synchronous-commit] [--explain] (the server JVM runs with -Xmx512m; --synchronous-commit: commits wait for the WAL write, the embedded server still runs without fsync; --explain: PostgreSQL logs the plans of a sample of the statements).
 */
public final class RatingHttpBenchmark {

    private static final int CLIENTS = 32;
    private static final int STEADY_RATE = 1000;
    private static final int STEADY_SECONDS = 15;
    private static final int WARMUP = 10_000;

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args);
        int n = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100_000;
        boolean platform = flags.contains("--platform-threads");
        boolean grouped = !flags.contains("--no-group-commit");
        boolean syncCommit = flags.contains("--synchronous-commit");
        int steady = STEADY_RATE * STEADY_SECONDS;
        int total = WARMUP + n + steady;
        Databases.withStatementStatistics();
        String url = Databases.freshPostgresUrl();
        StatementStats statements = new StatementStats(url);
        if (flags.contains("--explain")) {
            // PostgreSQL's auto_explain logs the plan, with actual times, of one statement in 500 (new sessions)
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                for (String set : List.of(
                        "session_preload_libraries = 'auto_explain'",
                        "auto_explain.log_min_duration = 0",
                        "auto_explain.sample_rate = 0.002",
                        "auto_explain.log_analyze = on",
                        "auto_explain.log_nested_statements = on")) {
                    c.createStatement().execute("alter system set " + set);
                }
                c.createStatement().execute("select pg_reload_conf()");
            }
        }
        if (syncCommit) {
            // the embedded server runs with synchronous_commit=off; a real one waits for the WAL flush on every commit
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                c.createStatement()
                        .execute("alter database " + url.replaceAll(".*/([^/?]+).*", "$1")
                                + " set synchronous_commit = on");
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.demo.dossier-scale=0",
                        "--hailong.public-rate-limit.per-minute=1000000000",
                        "--spring.threads.virtual.enabled=" + !platform,
                        // without grouping: one rating per transaction, on as many writers as the pool has connections
                        "--hailong.rating.group-commit.max=" + (grouped ? 256 : 1),
                        "--hailong.rating.group-commit.writers=" + (grouped ? 2 : 10),
                        "--hailong.rating.group-commit.window=" + (grouped ? "PT0.002S" : "PT0S"),
                        "--logging.level.root=WARN",
                        "--logging.level.io.zonky.test.db.postgres.embedded="
                                + (flags.contains("--explain") ? "INFO" : "WARN"),
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            String[] tokens = dossiersWithTokens(ctx, jdbc, total);
            Path tokenFile = Files.createTempFile("hailong-tokens", ".txt");
            Files.write(tokenFile, List.of(tokens));
            ProcessCpu cpu = new ProcessCpu(jdbc);
            // spring.threads.virtual.enabled takes effect on Java 21 and later only: say what the server really uses
            boolean virtual = org.springframework.boot.thread.Threading.VIRTUAL.isActive(ctx.getEnvironment());
            System.out.printf(
                    "HaiLong rating benchmark: %,d ratings over HTTP, %d clients in a separate JVM, PostgreSQL (embedded, synchronous_commit=%s), Hikari pool %s, Java %s, %s threads, group commit %s%n",
                    n,
                    CLIENTS,
                    syncCommit ? "on" : "off",
                    ctx.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"),
                    Runtime.version().feature(),
                    virtual
                            ? "virtual"
                            : platform
                                    ? "platform (Tomcat pool)"
                                    : "platform (Tomcat pool; virtual asked, needs Java 21+)",
                    grouped ? "on (2 writers, 2 ms window, 256 max)" : "off (1 rating per transaction)");

            long[] acked = new long[total];
            long[] latency = new long[total];
            clients(port, tokenFile, 0, WARMUP, "closed", CLIENTS, 0, acked, latency);
            // a running system has statistics of its rating tables: autovacuum takes them within its naptime (a
            // minute), longer than the warm-up; without them the first plans read the fresh tables as empty ones
            jdbc.sql("analyze").update();
            long cpu0 = ProcessCpu.jvmNanos();
            long pg0 = cpu.postgresNanos();
            statements.reset();
            var burstFuture = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return clients(port, tokenFile, WARMUP, WARMUP + n, "closed", CLIENTS, 0, acked, latency);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            statements.sampleActivity("activity_", burstFuture, 12);
            Clients burstRun = burstFuture.join();
            var burstStatements = statements.read();
            double ratingsPerSecond = n / (burstRun.elapsedNanos() / 1e9);
            double cpuPerRating = (ProcessCpu.jvmNanos() - cpu0) / 1e6 / n;
            double pgCpuPerRating = (cpu.postgresNanos() - pg0) / 1e6 / n;
            long[] burst = Arrays.copyOfRange(latency, WARMUP, WARMUP + n);
            Clients steadyRun =
                    clients(port, tokenFile, WARMUP + n, total, "steady", CLIENTS * 4, STEADY_RATE, acked, latency);
            long[] paced = Arrays.copyOfRange(latency, WARMUP + n, total);

            // before the baseline, which inserts raw rows of its own
            ctx.getBean(RatingDrain.class).drain();
            long counted = jdbc.sql(
                            "select coalesce(sum(ratings), 0) from insight_rating_count where channel <> 'BALLOT'")
                    .query(Long.class)
                    .single();
            long storedRatings =
                    jdbc.sql("select count(*) from rating").query(Long.class).single();

            statements.reset();
            double baseline = baseline(url, n);
            var baselineStatements = statements.read();

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
                    "cpu_ms_per_rating server_jvm=%.3f postgresql=%.3f client_jvm=%.3f (process CPU time / ratings, burst)%n",
                    cpuPerRating, pgCpuPerRating, burstRun.cpuNanos() / 1e6 / n);
            StatementStats.print("", burstStatements, n, "insert into rating (idempotency_key", 14);
            System.out.printf(
                    "baseline_raw_inserts_per_s=%.0f (rating + 2 answers per commit, single-row INSERTs, %d connections)%n",
                    baseline, CLIENTS);
            StatementStats.print("baseline_", baselineStatements, n, "insert into rating (idempotency_key", 6);
            System.out.printf("ratio=%.2f (goal >= 0.5, stretch >= 1)%n", ratingsPerSecond / baseline);
            System.out.printf("burst_latency_ms p50=%.1f p99=%.1f%n", pct(burst, 50), pct(burst, 99));
            System.out.printf(
                    "steady_%d_rps_latency_ms p50=%.1f p99=%.1f max=%.1f (from scheduled send time; goal p99 <= 50)%n",
                    STEADY_RATE, pct(paced, 50), pct(paced, 99), pct(paced, 100));
            System.out.println("steady_p99_ms_by_second="
                    + java.util.stream.IntStream.range(0, STEADY_SECONDS)
                            .mapToObj(sec -> "%.0f"
                                    .formatted(pct(
                                            Arrays.copyOfRange(paced, sec * STEADY_RATE, (sec + 1) * STEADY_RATE), 99)))
                            .collect(java.util.stream.Collectors.joining(" ")));
            System.out.printf(
                    "acknowledged=%,d not_acknowledged=%,d missing=%d duplicates=%d (goal 0 and 0)%n",
                    acknowledged, failed, missing, duplicates);
            System.out.printf(
                    "rollups_ratings=%,d stored_ratings=%,d (every stored rating counted once in the dashboards' rollups)%n",
                    counted, storedRatings);
            burstRun.failures().forEach(f -> System.out.println("not_acknowledged_because (burst): " + f));
            steadyRun.failures().forEach(f -> System.out.println("not_acknowledged_because (steady): " + f));
            System.out.printf(
                    "heap_max_mb=%d heap_peak_used_mb=%d (goal <= 512)%n",
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
            Files.deleteIfExists(tokenFile);
        }
        System.exit(0);
    }

    /** What a run of the client JVM reports. */
    record Clients(long elapsedNanos, long cpuNanos, List<String> failures) {}

    /** Runs the clients' JVM on submissions {@code from}..{@code to} and reads back their ids and latencies. */
    private static Clients clients(
            int port, Path tokens, int from, int to, String mode, int clients, int rate, long[] acked, long[] latency)
            throws Exception {
        Path out = Files.createTempFile("hailong-clients", ".bin");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        javaBin,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RatingHttpClients.class.getName(),
                        String.valueOf(port),
                        tokens.toString(),
                        String.valueOf(from),
                        String.valueOf(to),
                        mode,
                        String.valueOf(clients),
                        String.valueOf(rate),
                        out.toString())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("clients failed: " + lines);
        }
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(out)))) {
            for (int i = from; i < to; i++) {
                acked[i] = in.readLong();
                latency[i] = in.readLong();
            }
        }
        Files.delete(out);
        long elapsed = 0;
        long cpu = 0;
        List<String> failures = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("elapsed_ns=")) {
                elapsed = Long.parseLong(line.substring(11));
            } else if (line.startsWith("client_cpu_ns=")) {
                cpu = Long.parseLong(line.substring(14));
            } else if (line.startsWith("failure=")) {
                failures.add(line.substring(8));
            }
        }
        return new Clients(elapsed, cpu, failures);
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
                insert into rating_token (token, dossier_id, moment, created_at, expires_at)
                select case when d.returned_at is null then 'b' else 'r' end || d.id || substr(md5(random()::text), 1, 12),
                  d.id, case when d.returned_at is null then 'RECEPTION' else 'RESULT' end, now(), now() + interval '30 days'
                from dossier d where d.code like 'RB-%'""").update();
        jdbc.sql("analyze").update();
        return jdbc.sql(
                        "select t.token from rating_token t join dossier d on d.id = t.dossier_id where d.code like 'RB-%' order by d.id")
                .query(String.class)
                .list()
                .toArray(String[]::new);
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

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
