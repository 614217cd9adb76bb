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

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.hailong.support.Databases;

/**
 * The server process is killed (SIGKILL) in the middle of a burst of rating submissions and started
 * again on the same PostgreSQL; the clients then retry everything with the same idempotency keys. Every
 * rating that was acknowledged is in the database exactly once, with the id the client was given, and
 * no dossier is rated twice; the dashboards' rollups then count every stored rating once.
 */
class CrashRecoveryTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("/r/([A-Za-z0-9_-]+)");
    private static final int DOSSIERS = 240;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedRatingSurvivesAKillExactlyOnce() throws Exception {
        String url = Databases.freshPostgresUrl();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Process server = start(url, port);
        try {
            awaitHealthy(base, server);
            long agency = Long.parseLong(find(get(base + "/api/v1/me"), "\"agencyIds\"\\s*:\\s*\\[(\\d+)"));
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String body = post(base + "/api/v1/dossiers", """
                        {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Người dân %d"}""".formatted(agency, i), true).body();
                tokens.add(find(body, TOKEN.pattern()));
            }

            Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            for (int c = 0; c < 16; c++) {
                clients.execute(() -> {
                    for (int i = next.getAndIncrement(); i < DOSSIERS; i = next.getAndIncrement()) {
                        try {
                            HttpResponse<String> r = post(base + "/api/v1/ratings", rating(tokens.get(i), i), false);
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
            while (acknowledged.size() < DOSSIERS / 4 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            server.destroyForcibly();
            server.waitFor();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            int ackedAtKill = acknowledged.size();
            System.out.printf("Killed the server with %d of %d ratings acknowledged%n", ackedAtKill, DOSSIERS);
            assertThat(ackedAtKill).isBetween(DOSSIERS / 4, DOSSIERS - 1);

            server = start(url, port);
            awaitHealthy(base, server);
            for (int i = 0; i < DOSSIERS; i++) {
                HttpResponse<String> r = post(base + "/api/v1/ratings", rating(tokens.get(i), i), false);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                long id = Long.parseLong(find(r.body(), ID.pattern()));
                if (acknowledged.containsKey(i)) {
                    assertThat(id).as("rating %d keeps the id it was acknowledged with", i).isEqualTo(acknowledged.get(i));
                }
            }

            JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));
            for (var e : acknowledged.entrySet()) {
                assertThat(db.sql("select count(*) from rating where id = :id and idempotency_key = :k").param("id", e.getValue())
                        .param("k", key(e.getKey())).query(Integer.class).single()).isEqualTo(1);
            }
            assertThat(db.sql("select count(*) from rating where idempotency_key like 'crash-%'").query(Integer.class).single())
                    .isEqualTo(DOSSIERS);
            assertThat(db.sql("select count(*) from (select dossier_id from rating group by dossier_id having count(*) > 1) x")
                    .query(Integer.class).single()).isZero();
            assertThat(db.sql("select count(*) from rating_answer a join rating r on r.id = a.rating_id where r.idempotency_key like 'crash-%'")
                    .query(Integer.class).single()).isEqualTo(2 * DOSSIERS);

            // the dashboards' rollups count each stored rating once, those left pending by the kill included
            // (the restarted server counts them in batches, a fraction of a second after they arrive)
            long stored = db.sql("select count(*) from rating where agency_id = ?").param(agency).query(Long.class).single();
            String counted = "select coalesce(sum(ratings), 0) from insight_rating_count where agency_id = ? and channel <> 'BALLOT'";
            long countedDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (db.sql(counted).param(agency).query(Long.class).single() != stored && System.nanoTime() < countedDeadline) {
                Thread.sleep(100);
            }
            assertThat(db.sql(counted).param(agency).query(Long.class).single()).isEqualTo(stored);
            assertThat(db.sql("select count(*) from insight_rating_pending").query(Long.class).single()).isZero();
            assertThat(db.sql("select coalesce(sum(s4), 0) from insight_rating_day where agency_id = ? and channel <> 'BALLOT'"
                    + " and item_code = 'CONDUCT'").param(agency).query(Long.class).single())
                    .isEqualTo(db.sql("select count(*) from rating r join rating_answer a on a.rating_id = r.id"
                            + " where r.agency_id = ? and a.item_code = 'CONDUCT' and a.score = 4").param(agency).query(Long.class).single());
        } finally {
            server.destroyForcibly();
        }
    }

    private static String key(int i) {
        return "crash-rating-" + i;
    }

    private static String rating(String token, int i) {
        return """
                {"token": "%s", "idempotencyKey": "%s", "answers": [{"item": "RESULT", "score": 5}, {"item": "CONDUCT", "score": 4}]}"""
                .formatted(token, key(i));
    }

    private static Process start(String url, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        File log = new File("target/crash-server-" + port + ".log");
        return new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), "vn.hailong.HaiLongApplication",
                "--spring.profiles.active=demo", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=" + port, "--hailong.demo.dossier-scale=0",
                "--hailong.public-rate-limit.per-minute=1000000", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.mail.port=3025", "--hailong.letters.initial-delay=PT1H", "--hailong.outbox.delay=PT1H")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    private void awaitHealthy(String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server process exited; see target/crash-server-*.log").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
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
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private HttpResponse<String> post(String url, String body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signedIn) {
            b.header("Authorization", basic());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("honggai.motcua:hailong-demo".getBytes(StandardCharsets.UTF_8));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
