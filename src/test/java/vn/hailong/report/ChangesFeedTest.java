package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** GET /api/v1/changes (every change once, scoped, resumable) and the ratings API's pages with a real total. */
class ChangesFeedTest extends AppTest {

    static final String OFFICER = "honggai.motcua";
    static final String PASSWORD = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    JsonNode get(Browser api, String path) {
        HttpResponse<String> r = api.get(path, OFFICER, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    @Test
    void theFeedGivesEveryChangeInScopeOnceAndThenOnlyWhatIsNew() {
        Browser api = browser();
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Set<String> seen = new HashSet<>();
        int dossierEvents = 0;
        int ratings = 0;
        String since = "";
        JsonNode page;
        do {
            page = get(api, "/api/v1/changes?limit=97&since=" + since);
            for (JsonNode c : page.get("items")) {
                assertThat(seen.add(c.get("kind").asString() + c.get("id").asLong()))
                        .as("once")
                        .isTrue();
                assertThat(c.get("agencyId").asLong()).as("scoped").isEqualTo(hongGai);
                dossierEvents += c.get("kind").asString().equals("DOSSIER_EVENT") ? 1 : 0;
                ratings += c.get("kind").asString().equals("RATING") ? 1 : 0;
            }
            since = page.get("next").asString();
        } while (page.get("more").asBoolean());
        assertThat(dossierEvents)
                .isPositive()
                .isEqualTo(jdbc.sql("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id"
                                + " where d.agency_id = :a")
                        .param("a", hongGai)
                        .query(Integer.class)
                        .single());
        assertThat(ratings)
                .isPositive()
                .isEqualTo(jdbc.sql("select count(*) from rating where agency_id = :a")
                        .param("a", hongGai)
                        .query(Integer.class)
                        .single());

        assertThat(get(api, "/api/v1/changes?since=" + since).get("items")).isEmpty();
        HttpResponse<String> received = api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "channel": "IN_PERSON", "applicantName": "Phạm Văn Tư",
                 "documents": [{"name": "Tờ khai", "form": "ORIGINAL", "count": 1}]}""".formatted(hongGai), OFFICER, PASSWORD);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String code = json(received.body()).get("code").asString();
        JsonNode fresh = get(api, "/api/v1/changes?since=" + since);
        assertThat(fresh.get("items")).isNotEmpty();
        fresh.get("items").forEach(c -> assertThat(c.get("ref").asString()).isEqualTo(code));

        HttpResponse<String> bad = api.get("/api/v1/changes?since=abc", OFFICER, PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("since");
    }

    @Test
    void ratingsArePagedWithATotalOfEveryMatchNotCutAtAThousand() {
        Browser api = browser();
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String filter = "/api/v1/ratings?from=2020-01-01&to=2026-12-31&agency=" + hongGai + "&limit=250";
        JsonNode page = get(api, filter);
        long total = page.get("total").asLong();
        assertThat(total)
                .isEqualTo(jdbc.sql("select count(*) from rating where agency_id = :a")
                        .param("a", hongGai)
                        .query(Long.class)
                        .single());
        Set<Long> ids = new HashSet<>();
        page.get("items").forEach(r -> ids.add(r.get("id").asLong()));
        while (!page.get("nextCursor").isNull()) {
            page = get(api, filter + "&cursor=" + page.get("nextCursor").asString());
            page.get("items")
                    .forEach(r -> assertThat(ids.add(r.get("id").asLong())).isTrue());
        }
        assertThat((long) ids.size()).isEqualTo(total);
    }
}
