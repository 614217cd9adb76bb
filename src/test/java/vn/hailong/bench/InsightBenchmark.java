package vn.hailong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.hailong.HaiLongApplication;
import vn.hailong.insight.RatingDrain;
import vn.hailong.insight.Rollups;
import vn.hailong.rating.Answer;
import vn.hailong.rating.RatingReceived;
import vn.hailong.support.Databases;

/**
 * National-scale insight figures on a real PostgreSQL (embedded). Generates, at scale 1, one agency per
 * commune of the 34 provinces (3,321), 10,000,000 ratings (two answers each) and 5,000,000 dossiers over
 * the last 24 months ({@code --scale S} multiplies the counts; default 0.01), rebuilds the rollups, then
 * measures p50 / p95 over 100 requests of (1) the province dashboard API (satisfaction of a province's
 * units over the last 12 months, a different province each time) and (2) the national ranking of provinces
 * for the last full year, against the same figures computed by a naive SQL aggregate over the raw rows,
 * and says whether the figures are identical. Requests go over one keep-alive connection with a minimal client, after
 * an untimed warm-up of the same calls (the JIT's). {@code --data DIR} keeps the generated database in DIR and measures it
 * again on later runs ({@code --rebuild} rebuilds its rollups first). Finally, the cost of keeping the rollups: ratings stored per
 * second with and without the rollup listener in the storing transaction (with it, until the last batch is counted).
 * A program that prints figures, never a timed assertion. Run: bench/run.sh insight [--scale S]
 */
public final class InsightBenchmark {

    private static final int REQUESTS = 100;
    private static final int WARM_UP = 100;
    /** Requests also answered by the naive SQL ({@code --naive N}, default all): at scale 1 one naive ranking takes seconds. */
    private static int naiveRequests = REQUESTS;

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        double scale = option(args, "--scale") == null ? 0.01 : Double.parseDouble(option(args, "--scale"));
        long ratings = Math.round(10_000_000 * scale);
        long dossiers = Math.round(5_000_000 * scale);
        String data = option(args, "--data");
        naiveRequests = option(args, "--naive") == null
                ? REQUESTS
                : Math.min(REQUESTS, Integer.parseInt(option(args, "--naive")));
        String url = data == null ? Databases.freshPostgresUrl() : kept(data);
        boolean explain = List.of(args).contains("--explain");
        // --explain: PostgreSQL's auto_explain logs the plan, with actual times, of every statement over 3 ms (in new
        // sessions,
        // so the application's too); otherwise it is off (a kept database remembers the setting)
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                var s = c.createStatement()) {
            s.execute(
                    explain
                            ? "alter system set session_preload_libraries = 'auto_explain'"
                            : "alter system reset session_preload_libraries");
            s.execute(
                    explain
                            ? "alter system set auto_explain.log_min_duration = '3ms'"
                            : "alter system reset auto_explain.log_min_duration");
            s.execute(
                    explain
                            ? "alter system set auto_explain.log_analyze = on"
                            : "alter system reset auto_explain.log_analyze");
            s.execute("select pg_reload_conf()");
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HaiLongApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--hailong.security.bootstrap-admin.username=" + USER,
                        "--hailong.security.bootstrap-admin.password=" + PASSWORD,
                        "--hailong.public-rate-limit.per-minute=1000000000",
                        "--logging.level.root=WARN",
                        "--logging.level.io.zonky.test.db.postgres.embedded=" + (explain ? "INFO" : "WARN"),
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            LocalDate today = LocalDate.now();
            System.out.printf(
                    "HaiLong insight benchmark: scale %s, PostgreSQL (embedded), %d CPUs%n",
                    scale, Runtime.getRuntime().availableProcessors());
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from agency where code like 'BN-%'")
                            .query(Long.class)
                            .single()
                    > 0) {
                System.out.printf(
                        "kept database %s: %,d ratings, %,d dossiers (generated before; --scale ignored)%n",
                        data,
                        jdbc.sql("select count(*) from rating")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("select count(*) from dossier")
                                .query(Long.class)
                                .single());
                // the last run gave the benchmark user a {noop} hash (below); start from a BCrypt one again
                jdbc.sql("update app_user set password_hash = :h where username = :u")
                        .param("h", ctx.getBean(PasswordEncoder.class).encode(PASSWORD))
                        .param("u", USER)
                        .update();
                if (List.of(args).contains("--rebuild")) {
                    rebuild(ctx);
                } else {
                    jdbc.sql("vacuum analyze").update();
                }
            } else {
                generateAndRebuild(ctx, url, ratings, dossiers, today);
            }

            String auth = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            // one keep-alive connection with a minimal client: java.net.http in the same JVM spends CPU the server
            // needs
            Api http = new Api(new KeepAliveHttp("127.0.0.1", port), auth);
            // Every basic-auth request checks the BCrypt password hash (by design, ~100 ms on this machine): time that
            // once, then give the benchmark user a {noop} hash so that the figures below measure the query path.
            long[] bcrypt = new long[10];
            for (int i = 0; i < bcrypt.length; i++) {
                long t = System.nanoTime();
                http.get("/api/v1/insight/satisfaction?groupBy=unit&unit=01&from="
                        + today.minusMonths(1).withDayOfMonth(1) + "&to="
                        + today.withDayOfMonth(1).minusDays(1));
                bcrypt[i] = System.nanoTime() - t;
            }
            System.out.printf(
                    "with_bcrypt_basic_auth_ms p50=%.1f (one province, last month; the password check dominates)%n",
                    pct(bcrypt, 50));
            ctx.getBean(JdbcClient.class)
                    .sql("update app_user set password_hash = :h where username = :u")
                    .param("h", "{noop}" + PASSWORD)
                    .param("u", USER)
                    .update();
            List<String> provinces = jdbc.sql(
                            "select distinct province_code from agency where code like 'BN-%' order by 1")
                    .query(String.class)
                    .list();
            long w0 = System.nanoTime();
            for (int i = 0; i < WARM_UP; i++) {
                http.get("/api/v1/me");
                http.get(dashboardPath(provinces.get(i % provinces.size()), today));
                http.get(rankingPath(today));
            }
            System.out.printf(
                    "warm_up: %d rounds of the three API calls below, not timed (%.1f s; the JIT compiles the request path)%n",
                    WARM_UP, (System.nanoTime() - w0) / 1e9);
            long[] floor = new long[REQUESTS];
            for (int i = 0; i < floor.length; i++) {
                long t = System.nanoTime();
                http.get("/api/v1/me");
                floor[i] = System.nanoTime() - t;
            }
            System.out.printf(
                    "api_floor_ms p50=%.1f p95=%.1f (GET /api/v1/me: HTTP, sign-in and JSON without a measure)%n",
                    pct(floor, 50), pct(floor, 95));
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                dashboard(http, c, today, provinces);
                ranking(http, c, today);
            }
            if (data == null) {
                maintenance(ctx, 4, 4_000);
            } else {
                System.out.println("rollup cost not measured on a kept database (it would add ratings to it)");
            }
        }
        System.exit(0);
    }

    private static void generateAndRebuild(
            ConfigurableApplicationContext ctx, String url, long ratings, long dossiers, LocalDate today)
            throws Exception {
        long t0 = System.nanoTime();
        int agencies;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            agencies = generate(c, ratings, dossiers, today);
        }
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        System.out.printf(
                "generated: %,d agencies in %d provinces, %,d ratings (%,d answers), %,d dossiers in %.1f s%n",
                agencies,
                jdbc.sql("select count(distinct province_code) from agency where code like 'BN-%'")
                        .query(Long.class)
                        .single(),
                ratings,
                ratings * 2,
                dossiers,
                (System.nanoTime() - t0) / 1e9);
        rebuild(ctx);
    }

    /** Rebuilds the rollups, then vacuums and analyses as autovacuum would within a minute of so many new rows. */
    private static void rebuild(ConfigurableApplicationContext ctx) {
        long r0 = System.nanoTime();
        ctx.getBean(Rollups.class).rebuild();
        System.out.printf("rollup_rebuild_s=%.1f (from the raw rows)%n", (System.nanoTime() - r0) / 1e9);
        ctx.getBean(JdbcClient.class).sql("vacuum analyze").update();
    }

    /**
     * A PostgreSQL cluster in {@code dir} that outlives the run (port 54329, database {@code bench}), so that a
     * generated national-scale database can be measured again without generating it again.
     */
    private static String kept(String dir) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(java.nio.file.Path.of(dir))
                .setCleanDataDirectory(false)
                .setPort(54329)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (java.io.IOException ignored) {
                // the JVM is going away
            }
        }));
        try (Connection c = pg.getPostgresDatabase().getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from pg_database where datname = 'bench'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                s.execute("create database bench");
            }
        }
        return pg.getJdbcUrl("postgres", "bench");
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Agencies (one per current commune), two officers each, five procedures, then dossiers and ratings in chunks. */
    private static int generate(Connection c, long ratings, long dossiers, LocalDate today) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "insert into service_field (code, name_vi, name_en) values ('BN-F', 'Lĩnh vực thử', 'Bench field')");
            s.execute("""
                    insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit)
                    select 'BN-P' || g, 'Thủ tục thử ' || g, 'thu tuc thu', 'BN-F', 5, 'WORKING_DAYS' from generate_series(0, 4) g""");
            int agencies = s.executeUpdate("""
                    insert into agency (code, name, kind, unit_code, province_code)
                    select 'BN-' || u.code, 'Ủy ban nhân dân ' || u.full_name, 'COMMUNE_PC', u.code, u.parent_code
                    from admin_unit u where u.level = 'commune' and u.valid_to is null""");
            s.execute("""
                    insert into officer (agency_id, full_name) select a.id, 'Cán bộ ' || g from agency a, generate_series(0, 1) g
                    where a.code like 'BN-%'""");
            s.execute("""
                    create table bn_agency as select cast(row_number() over (order by id) - 1 as int) k, id, unit_code from agency
                    where code like 'BN-%'""");
            s.execute("create index on bn_agency (k)");
            s.execute("""
                    create table bn_officer as select cast(row_number() over (partition by agency_id order by id) - 1 as int) k,
                    agency_id, id from officer where agency_id in (select id from bn_agency)""");
            s.execute("create index on bn_officer (agency_id, k)");
            Timestamp start = Timestamp.valueOf(today.minusMonths(24).atStartOfDay());
            long span = (long) (today.toEpochDay() - today.minusMonths(24).toEpochDay() - 6) * 86_400;
            int chunk = 500_000;
            for (long from = 0; from < dossiers; from += chunk) {
                try (PreparedStatement p = c.prepareStatement("""
                        insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,
                          handling_officer_id, received_at, due_at, original_due_at, resolved_at, returned_at, timeliness, created_at)
                        select 'BN-D' || g, a.id, 'BN-P' || (g % 5), 'BN-F', 1, 10, 'Người thử', o.id, t.rec, t.rec + interval '5 days',
                          t.rec + interval '5 days', t.rec + (g % 7) * interval '1 day', t.rec + (g % 7) * interval '1 day' + interval '2 hours',
                          case when g % 7 = 6 then 'LATE' when g % 7 < 3 then 'EARLY' else 'ON_TIME' end, t.rec
                        from generate_series(?, ?) g
                        join bn_agency a on a.k = cast((g * 7919) % ? as int)
                        join bn_officer o on o.agency_id = a.id and o.k = cast(g % 2 as int)
                        cross join lateral (select cast(? as timestamp) + ((g * 104729) % ?) * interval '1 second' rec) t""")) {
                    p.setLong(1, from);
                    p.setLong(2, Math.min(dossiers, from + chunk) - 1);
                    p.setInt(3, agencies);
                    p.setTimestamp(4, start);
                    p.setLong(5, span);
                    p.executeUpdate();
                }
            }
            for (long from = 0; from < ratings; from += chunk) {
                long before;
                try (var rs = s.executeQuery("select coalesce(max(id), 0) from rating")) {
                    rs.next();
                    before = rs.getLong(1);
                }
                try (PreparedStatement p = c.prepareStatement("""
                        insert into rating (idempotency_key, form_code, channel, instrument, agency_id, officer_id, procedure_code,
                          field_code, unit_code, low, created_at)
                        select 'BN-R' || g, 'QUICK', (array['QR', 'KIOSK', 'WEB', 'PAPER'])[1 + cast(g % 4 as int)], 'FIVE_LEVEL', a.id,
                          o.id, 'BN-P' || (g % 5), 'BN-F', a.unit_code, false, cast(? as timestamp) + ((g * 104723) % ?) * interval '1 second'
                        from generate_series(?, ?) g
                        join bn_agency a on a.k = cast((g * 7907) % ? as int)
                        join bn_officer o on o.agency_id = a.id and o.k = cast(g % 2 as int)""")) {
                    p.setTimestamp(1, start);
                    p.setLong(2, span);
                    p.setLong(3, from);
                    p.setLong(4, Math.min(ratings, from + chunk) - 1);
                    p.setInt(5, agencies);
                    p.executeUpdate();
                }
                // skewed towards satisfied, differently per agency so that rankings are not all ties
                s.executeUpdate("""
                        insert into rating_answer (rating_id, item_code, score)
                        select r.id, i.item, case when (r.id * 37 + i.salt + r.agency_id * 13) % 100 < 70 + r.agency_id % 25 then 4 + cast(r.id % 2 as int)
                          else 1 + cast(r.id % 3 as int) end
                        from rating r cross join (values ('RESULT', 0), ('CONDUCT', 11)) i(item, salt) where r.id > """ + before);
            }
            s.execute("analyze");
            return agencies;
        }
    }

    /** Province dashboard: satisfaction per unit of one province over the last 12 months. */
    private static void dashboard(Api http, Connection c, LocalDate today, List<String> provinces) throws Exception {
        LocalDate from = today.minusYears(1).plusDays(1);
        long[] api = new long[REQUESTS];
        long[] naive = new long[naiveRequests];
        int same = 0;
        try (PreparedStatement p = c.prepareStatement("""
                select a.code, count(*) n, count(*) filter (where x.score >= 4) good
                from rating r join rating_answer x on x.rating_id = r.id join agency a on a.id = r.agency_id
                where a.province_code = ? and x.score is not null and r.created_at >= ? and r.created_at < ?
                group by a.code""")) {
            for (int i = 0; i < REQUESTS; i++) {
                String province = provinces.get(i % provinces.size());
                long t = System.nanoTime();
                JsonNode body = http.get(dashboardPath(province, today));
                api[i] = System.nanoTime() - t;
                Map<String, String> fromApi = new TreeMap<>();
                for (JsonNode item : body.get("items")) {
                    fromApi.put(
                            item.get("key").asString(),
                            item.get("n").asLong() + "/" + item.get("satisfied").asLong());
                }
                if (i >= naive.length) {
                    continue;
                }
                t = System.nanoTime();
                p.setString(1, province);
                p.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
                p.setTimestamp(3, Timestamp.valueOf(today.plusDays(1).atStartOfDay()));
                Map<String, String> fromRaw = new TreeMap<>();
                try (var rs = p.executeQuery()) {
                    while (rs.next()) {
                        fromRaw.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
                    }
                }
                naive[i] = System.nanoTime() - t;
                if (fromApi.equals(fromRaw) && !fromApi.isEmpty()) {
                    same++;
                }
            }
        }
        print("province_dashboard", api, naive, same);
    }

    /** National ranking of provinces by satisfaction for the last full year (and the year before, for the movement). */
    private static void ranking(Api http, Connection c, LocalDate today) throws Exception {
        int year = today.getYear() - 1;
        long[] api = new long[REQUESTS];
        long[] naive = new long[naiveRequests];
        int same = 0;
        try (PreparedStatement p = c.prepareStatement("""
                select a.province_code, count(*) n, count(*) filter (where x.score >= 4) good
                from rating r join rating_answer x on x.rating_id = r.id join agency a on a.id = r.agency_id
                where x.score is not null and r.created_at >= ? and r.created_at < ? group by a.province_code""")) {
            for (int i = 0; i < REQUESTS; i++) {
                long t = System.nanoTime();
                JsonNode body = http.get(rankingPath(today));
                api[i] = System.nanoTime() - t;
                Map<String, String> fromApi = new TreeMap<>();
                for (JsonNode e : body.get("entries")) {
                    fromApi.put(
                            e.get("key").asString(),
                            e.get("n").asLong() + "/" + e.get("value").asDouble());
                }
                if (i >= naive.length) {
                    continue;
                }
                t = System.nanoTime();
                Map<String, String> fromRaw = new TreeMap<>();
                for (int y : new int[] {year, year - 1}) {
                    p.setTimestamp(1, Timestamp.valueOf(LocalDate.of(y, 1, 1).atStartOfDay()));
                    p.setTimestamp(
                            2, Timestamp.valueOf(LocalDate.of(y + 1, 1, 1).atStartOfDay()));
                    try (var rs = p.executeQuery()) {
                        while (rs.next()) {
                            if (y == year) {
                                fromRaw.put(
                                        rs.getString(1),
                                        rs.getLong(2) + "/" + ((double) rs.getLong(3) / rs.getLong(2)));
                            }
                        }
                    }
                }
                naive[i] = System.nanoTime() - t;
                if (fromApi.equals(fromRaw) && !fromApi.isEmpty()) {
                    same++;
                }
            }
        }
        print("national_ranking", api, naive, same);
    }

    /** Ratings stored per second by {@code threads} threads, each in its own transaction, without and then with the rollups. */
    private static void maintenance(ConfigurableApplicationContext ctx, int threads, int perMode) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        ApplicationEventPublisher events = ctx;
        List<long[]> targets = jdbc.sql(
                        "select a.id, o.id from agency a join officer o on o.agency_id = a.id where a.code like 'BN-%' order by a.id")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        double[] rates = new double[2];
        for (int mode = 0; mode < 2; mode++) {
            boolean rollups = mode == 1;
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < perMode; i = next.getAndIncrement()) {
                        long[] target = targets.get((i * 7919 + (rollups ? 1 : 0)) % targets.size());
                        String key = "BN-M" + (rollups ? "R" : "N") + i;
                        tx.executeWithoutResult(s -> store(jdbc, events, key, target, rollups));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            if (rollups) {
                // the clock stops when every rating is counted, not when the last one is stored
                ctx.getBean(RatingDrain.class).drain();
            }
            rates[mode] = perMode / ((System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(
                "ratings_per_s_without_rollups=%.0f ratings_per_s_with_rollups=%.0f cost=%.0f%% (%d threads, %,d ratings each,"
                        + " rating + 2 answers per transaction, in-process)%n",
                rates[0], rates[1], 100 * (1 - rates[1] / rates[0]), threads, perMode);
    }

    private static void store(
            JdbcClient jdbc, ApplicationEventPublisher events, String key, long[] target, boolean rollups) {
        LocalDateTime at = LocalDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rating (idempotency_key, form_code, channel, instrument, agency_id, officer_id, procedure_code, field_code,
                  unit_code, low, created_at) values (:k, 'QUICK', 'QR', 'FIVE_LEVEL', :a, :o, 'BN-P1', 'BN-F', '00000', false, :t)""")
                .param("k", key)
                .param("a", target[0])
                .param("o", target[1])
                .param("t", Timestamp.valueOf(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Answer> answers = List.of(new Answer("RESULT", 5), new Answer("CONDUCT", 4));
        for (Answer a : answers) {
            jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                    .params(id, a.item(), a.score())
                    .update();
        }
        if (rollups) {
            events.publishEvent(new RatingReceived(
                    id,
                    null,
                    null,
                    target[0],
                    target[1],
                    "QR",
                    false,
                    null,
                    at,
                    "00000",
                    null,
                    "BN-P1",
                    "BN-F",
                    "QUICK",
                    "FIVE_LEVEL",
                    answers));
        }
    }

    /** The API over one keep-alive connection, signed in with HTTP Basic; a status other than 200 stops the run. */
    private record Api(KeepAliveHttp http, String auth) {

        JsonNode get(String path) throws Exception {
            KeepAliveHttp.Response r = http.get(path, "Authorization: " + auth);
            if (r.status() != 200) {
                throw new IllegalStateException(path + " → " + r.status() + " " + r.body());
            }
            return JSON.readTree(r.body());
        }
    }

    private static String dashboardPath(String province, LocalDate today) {
        return "/api/v1/insight/satisfaction?groupBy=unit&unit=" + province + "&from="
                + today.minusYears(1).plusDays(1) + "&to=" + today;
    }

    private static String rankingPath(LocalDate today) {
        return "/api/v1/insight/ranking?level=province&measure=satisfaction&period=" + (today.getYear() - 1);
    }

    private static void print(String name, long[] api, long[] naive, int same) {
        double a50 = pct(api, 50);
        double n50 = pct(naive, 50);
        System.out.printf(
                "%s: rollups_api_ms p50=%.1f p95=%.1f | naive_sql_ms p50=%.1f p95=%.1f | ratio_p50=%.1fx ratio_p95=%.1fx"
                        + " | identical=%s (%d/%d requests)%n",
                name,
                a50,
                pct(api, 95),
                n50,
                pct(naive, 95),
                n50 / a50,
                pct(naive, 95) / pct(api, 95),
                same == naive.length,
                same,
                naive.length);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
