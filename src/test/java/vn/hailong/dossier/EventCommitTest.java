package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;

/**
 * Dossier events sent at once share commits: for each dossier a resolution, a copy of it (same event id) and an
 * event its rules refuse race each other. The refused ones fail alone (409); each resolution is stored once and
 * answered 200 to both copies.
 */
class EventCommitTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsRacingInBatchesEachAnsweredByItsOwnRules() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> r =
                    browser().postJson("/api/v1/dossiers", """
                    {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Đỗ Văn Năm", "receivedAt": "2026-11-17T08:00:00"}""".formatted(hongGai), "honggai.motcua", "hailong-demo");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            codes.add(json(r.body()).get("code").asString());
        }
        record Sent(String code, String type, int status) {}
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Sent>> sent = new ArrayList<>();
        for (String code : codes) {
            for (String type : List.of("RESOLVED", "RESOLVED", "RECEIVED")) {
                sent.add(pool.submit(() -> {
                    go.await();
                    HttpResponse<String> r = browser()
                            .postJson(
                                    "/api/v1/dossiers/" + code + "/events",
                                    """
                            {"eventId": "gc-%s", "type": "%s", "at": "2026-11-18T09:00:00"}""".formatted(type, type),
                                    "honggai.motcua",
                                    "hailong-demo");
                    return new Sent(code, type, r.statusCode());
                }));
            }
        }
        go.countDown();
        for (Future<Sent> f : sent) {
            Sent s = f.get();
            assertThat(s.status()).as(s.toString()).isEqualTo(s.type().equals("RESOLVED") ? 200 : 409);
        }
        pool.shutdown();
        for (String code : codes) {
            assertThat(jdbc.sql("""
                            select count(*) from dossier_event e join dossier d on d.id = e.dossier_id
                            where d.code = :c and e.type = 'RESOLVED'""").param("c", code).query(Long.class).single())
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select status from dossier where code = :c")
                            .param("c", code)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(DossierStatus.RESOLVED.code());
        }
    }
}
