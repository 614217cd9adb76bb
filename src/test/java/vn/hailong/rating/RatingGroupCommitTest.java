package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;

/**
 * Many ratings at once share commits: copies of one submission (same idempotency key) and rival submissions for
 * one dossier (other keys) race each other, in the same batch or not. Each dossier ends with one rating; every 201
 * of a dossier carries that rating's id; each stored rating has its answers, one audit row and is counted once.
 */
class RatingGroupCommitTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.hailong.insight.RatingDrain drain;

    private final HttpClient http = HttpClient.newHttpClient();

    String newToken() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        JsonNode d = json(browser()
                .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Lê Văn Ba", "applicantPhone": "0912345678"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                .body());
        String url = d.get("ratingUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    record Sent(int dossier, String key, int status, long id) {}

    @Test
    void copiesAndRivalsRacingInBatchesStoreOneRatingPerDossier() throws Exception {
        int dossiers = 12;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < dossiers; i++) {
            tokens.add(newToken());
        }
        String run = Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(dossiers * 3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Sent>> sent = new ArrayList<>();
        for (int i = 0; i < dossiers; i++) {
            for (String key : List.of("gc-" + run + "-a" + i, "gc-" + run + "-a" + i, "gc-" + run + "-b" + i)) {
                int dossier = i;
                sent.add(pool.submit(() -> {
                    go.await();
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ratings"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                                            {"token": "%s", "idempotencyKey": "%s",
                                             "answers": [{"item": "CONDUCT", "score": 1}]}""".formatted(tokens.get(dossier), key)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    long id = r.statusCode() == 201 ? json(r.body()).get("id").asLong() : 0;
                    return new Sent(dossier, key, r.statusCode(), id);
                }));
            }
        }
        go.countDown();
        List<Sent> answers = new ArrayList<>();
        for (Future<Sent> f : sent) {
            answers.add(f.get());
        }
        pool.shutdown();
        drain.drain();

        for (int i = 0; i < dossiers; i++) {
            int dossier = i;
            List<Sent> mine =
                    answers.stream().filter(s -> s.dossier() == dossier).toList();
            assertThat(mine).extracting(Sent::status).allMatch(s -> s == 201 || s == 409);
            Set<Long> ids = new HashSet<>();
            mine.stream().filter(s -> s.status() == 201).forEach(s -> ids.add(s.id()));
            assertThat(ids)
                    .as("dossier %d: every 201 names the one rating", dossier)
                    .hasSize(1);
            long id = ids.iterator().next();
            String storedKey = jdbc.sql("select idempotency_key from rating where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            // the winner's copies all got 201 with its id; the rival got 409
            assertThat(mine.stream().filter(s -> s.key().equals(storedKey)))
                    .allMatch(s -> s.status() == 201 && s.id() == id);
            assertThat(mine.stream().filter(s -> !s.key().equals(storedKey))).allMatch(s -> s.status() == 409);
            assertThat(jdbc.sql("select count(*) from rating_answer where rating_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .as("the reception's one item")
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from audit_log where entity = 'rating' and entity_id = :id")
                            .param("id", String.valueOf(id))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
        }
        assertThat(jdbc.sql("select count(*) from rating where idempotency_key like :k")
                        .param("k", "gc-" + run + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(dossiers);
        // a low rating (CONDUCT = 1) opened one complaint per rating, in the same commit
        assertThat(jdbc.sql("""
                        select count(*) from rating r join feedback_case f on f.rating_id = r.id
                        where r.idempotency_key like :k and r.low""")
                        .param("k", "gc-" + run + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(dossiers);
        assertThat(jdbc.sql("select count(*) from insight_rating_pending")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
