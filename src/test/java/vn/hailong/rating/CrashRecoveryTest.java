package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hailong.support.Databases;

/**
 * The server process is killed (SIGKILL) five times in the middle of bursts of rating submissions and started again
 * on the same database — the default embedded H2 file database (as the README's start command runs it) and
 * PostgreSQL; the clients then retry everything with the same idempotency keys. Every rating that was acknowledged
 * is in the database exactly once, with the id the client was given, and no dossier is rated twice; the
 * dashboards' rollups then count every stored rating once.
 */
class CrashRecoveryTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("/r/([A-Za-z0-9_-]+)");
    private static final int KILLS = 5;
    private static final int PER_BURST = 80;
    private static final int DOSSIERS = KILLS * PER_BURST;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Where the server keeps its data: a database URL and how to read it once the server is stopped. */
    record Store(String name, List<String> args, java.util.function.Supplier<JdbcClient> reader, File workDir) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Store> stores() throws Exception {
        File dir = java.nio.file.Files.createTempDirectory("hailong-crash-h2").toFile();
        // no URL given: the server opens the default ./data/hailong file database of application.properties in its work
        // dir
        Store h2 = new Store(
                "H2 (default)",
                List.of(),
                () -> JdbcClient.create(new DriverManagerDataSource(
                        "jdbc:h2:file:" + new File(dir, "data/hailong").getAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "")),
                dir);
        String url = Databases.freshPostgresUrl();
        Store pg = new Store(
                "PostgreSQL",
                List.of(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres"),
                () -> JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres")),
                new File("."));
        return List.of(h2, pg);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("stores")
    void everyAcknowledgedRatingSurvivesKillsExactlyOnce(Store store) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Process server = start(store, port);
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        long agency;
        try {
            awaitHealthy(base, server);
            agency = Long.parseLong(find(get(base + "/api/v1/me"), "\"agencyIds\"\\s*:\\s*\\[(\\d+)"));
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String body = post(base + "/api/v1/dossiers", """
                        {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Người dân %d"}""".formatted(agency, i), true)
                        .body();
                tokens.add(find(body, TOKEN.pattern()));
            }

            for (int kill = 0; kill < KILLS; kill++) {
                if (kill > 0) {
                    server = start(store, port);
                    awaitHealthy(base, server);
                }
                int first = kill * PER_BURST;
                int ackedBefore = acknowledged.size();
                AtomicInteger next = new AtomicInteger(first);
                ExecutorService clients = Executors.newFixedThreadPool(16);
                for (int c = 0; c < 16; c++) {
                    clients.execute(() -> {
                        for (int i = next.getAndIncrement(); i < first + PER_BURST; i = next.getAndIncrement()) {
                            try {
                                HttpResponse<String> r =
                                        post(base + "/api/v1/ratings", rating(tokens.get(i), i), false);
                                Matcher m = ID.matcher(r.body());
                                if (r.statusCode() == 201 && m.find()) {
                                    acknowledged.put(i, Long.parseLong(m.group(1)));
                                }
                            } catch (Exception serverGone) {
                                // not acknowledged: the client will retry
                            }
                        }
                    });
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (acknowledged.size() - ackedBefore < PER_BURST / 3 && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                server.destroyForcibly();
                server.waitFor();
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                int acked = acknowledged.size() - ackedBefore;
                System.out.printf(
                        "%s: kill %d with %d of %d ratings of the burst acknowledged%n",
                        store, kill + 1, acked, PER_BURST);
                assertThat(acked).as("killed mid-burst").isBetween(PER_BURST / 3, PER_BURST - 1);
            }

            server = start(store, port);
            awaitHealthy(base, server);
            for (int i = 0; i < DOSSIERS; i++) {
                HttpResponse<String> r = post(base + "/api/v1/ratings", rating(tokens.get(i), i), false);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                long id = Long.parseLong(find(r.body(), ID.pattern()));
                if (acknowledged.containsKey(i)) {
                    assertThat(id)
                            .as("rating %d keeps the id it was acknowledged with", i)
                            .isEqualTo(acknowledged.get(i));
                }
            }
            // the restarted server counts ratings into the rollups in batches (1 s) and sweeps leftovers every 5 s
            Thread.sleep(6_000);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            server.destroyForcibly();
        }

        if (store.name().startsWith("H2")) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(new File(store.workDir(), "data").toPath()))
                    .as("the database folder is the owner's alone")
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            assertThat(java.nio.file.Files.getPosixFilePermissions(
                            new File(store.workDir(), "data/hailong.mv.db").toPath()))
                    .as("and so is its file")
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        JdbcClient db = store.reader().get();
        for (var e : acknowledged.entrySet()) {
            assertThat(db.sql("select count(*) from rating where id = :id and idempotency_key = :k")
                            .param("id", e.getValue())
                            .param("k", key(e.getKey()))
                            .query(Integer.class)
                            .single())
                    .as("acknowledged rating %d", e.getKey())
                    .isEqualTo(1);
        }
        assertThat(db.sql("select count(*) from rating where idempotency_key like 'crash-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DOSSIERS);
        assertThat(db.sql(
                                "select count(*) from (select dossier_id from rating group by dossier_id, moment having count(*) > 1) x")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(db.sql(
                                "select count(*) from rating_answer a join rating r on r.id = a.rating_id where r.idempotency_key like 'crash-%'")
                        .query(Integer.class)
                        .single())
                .as("the reception's one item each")
                .isEqualTo(DOSSIERS);

        // the dashboards' rollups count each stored rating once, those left pending by the kills included
        long stored = db.sql("select count(*) from rating where agency_id = ?")
                .param(agency)
                .query(Long.class)
                .single();
        String counted =
                "select coalesce(sum(ratings), 0) from insight_rating_count where agency_id = ? and channel <> 'BALLOT'";
        assertThat(db.sql(counted).param(agency).query(Long.class).single()).isEqualTo(stored);
        assertThat(db.sql("select count(*) from insight_rating_pending")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(db.sql(
                                "select coalesce(sum(s4), 0) from insight_rating_day where agency_id = ? and channel <> 'BALLOT'"
                                        + " and item_code = 'CONDUCT'")
                        .param(agency)
                        .query(Long.class)
                        .single())
                .isEqualTo(db.sql("select count(*) from rating r join rating_answer a on a.rating_id = r.id"
                                + " where r.agency_id = ? and a.item_code = 'CONDUCT' and a.score = 4")
                        .param(agency)
                        .query(Long.class)
                        .single());
    }

    private static String key(int i) {
        return "crash-rating-" + i;
    }

    private static String rating(String token, int i) {
        return """
                {"token": "%s", "idempotencyKey": "%s", "answers": [{"item": "CONDUCT", "score": 4}]}""".formatted(token, key(i));
    }

    private static Process start(Store store, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        File log = new File("target/crash-server-" + port + ".log").getAbsoluteFile();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.hailong.HaiLongApplication",
                "--spring.profiles.active=demo"));
        command.addAll(store.args());
        command.addAll(List.of(
                "--server.port=" + port,
                "--hailong.demo.dossier-scale=0",
                "--hailong.public-rate-limit.per-minute=1000000",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.mail.port=3025",
                "--hailong.letters.initial-delay=PT1H",
                "--hailong.outbox.delay=PT1H"));
        return new ProcessBuilder(command)
                .directory(store.workDir())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    private void awaitHealthy(String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive())
                    .as("server process exited; see target/crash-server-*.log")
                    .isTrue();
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server did not start in time");
    }

    private String get(String url) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", basic())
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private HttpResponse<String> post(String url, String body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signedIn) {
            b.header("Authorization", basic());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString("honggai.motcua:hailong-demo".getBytes(StandardCharsets.UTF_8));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
