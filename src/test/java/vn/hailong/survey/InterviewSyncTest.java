package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The interviewer's tablet syncs its queue: a form sent again, or twice at once, is stored once. */
class InterviewSyncTest extends AppTest {

    static final String PW = "hailong-demo";
    static final Pattern CSRF_HEADER = Pattern.compile("data-csrf-header=\"([^\"]+)\"");
    static final Pattern CSRF_TOKEN = Pattern.compile("data-csrf-token=\"([^\"]+)\"");
    static final Pattern SETUP =
            Pattern.compile("<script type=\"application/json\" id=\"setup\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1);
    }

    long stored(String key) {
        return jdbc.sql("select count(*) from survey_response where idempotency_key = :k and channel = 'INTERVIEW'")
                .param("k", key)
                .query(Long.class)
                .single();
    }

    @Test
    void aFormSentAgainOrTwiceAtOnceIsStoredOnce() throws Exception {
        Browser tablet = browser();
        assertThat(tablet.signIn("honggai.lanhdao", PW).statusCode()).isEqualTo(302);
        String page = tablet.get("/khao-sat-sipas/phong-van").body();
        JsonNode setup = json(group(SETUP, page));
        assertThat(setup).isNotEmpty();
        JsonNode open = setup.get(0);
        assertThat(open.get("questionnaire").get("sections")).isNotEmpty();
        assertThat(open.get("units")).as("only the leader's own unit").hasSize(1);
        assertThat(open.get("units").get(0).get("id").asLong()).isEqualTo(hongGai());
        assertThat(page).doesNotContain("@").as("no contact of any invitee comes with the page");
        long campaign = open.get("id").asLong();
        Map<String, String> csrf = Map.of(group(CSRF_HEADER, page), group(CSRF_TOKEN, page));

        String key = "interview-" + System.nanoTime();
        String body = """
                {"idempotencyKey": "%s", "campaignId": %d, "agencyId": %d, "channel": "INTERVIEW",
                 "answers": [{"item": "F1_1", "value": "4"}, {"item": "GOP_Y", "value": "NO"}]}""".formatted(key, campaign, hongGai());
        HttpResponse<String> first = tablet.postJsonInSession("/khao-sat-sipas/phong-van/phieu", body, csrf);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = tablet.postJsonInSession("/khao-sat-sipas/phong-van/phieu", body, csrf);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again.body()).get("id").asLong())
                .isEqualTo(json(first.body()).get("id").asLong());
        // The same key through the public API (an integration re-sending the tablet's export) is the same response.
        HttpResponse<String> api = browser().postJson("/api/v1/survey/responses", body, "quangninh", PW);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(stored(key)).isEqualTo(1);

        // Two copies of a queued form sent at the same moment (two tabs flushing): one response.
        String raced = "interview-race-" + System.nanoTime();
        String racedBody = body.replace(key, raced);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit((Callable<HttpResponse<String>>)
                    () -> tablet.postJsonInSession("/khao-sat-sipas/phong-van/phieu", racedBody, csrf)));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
            ids.add(json(r.body()).get("id").asLong());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(stored(raced)).isEqualTo(1);

        assertThat(tablet.postJsonInSession("/khao-sat-sipas/phong-van/phieu", body.replace(key, key + "-x"), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> paper = tablet.postJsonInSession(
                "/khao-sat-sipas/phong-van/phieu", body.replace(key, key + "-p").replace("INTERVIEW", "PAPER"), csrf);
        assertThat(paper.statusCode()).isEqualTo(400);
        assertThat(json(paper.body()).get("detail").asString()).contains("INTERVIEW");
        assertThat(browser()
                        .postJsonInSession("/khao-sat-sipas/phong-van/phieu", body, csrf)
                        .statusCode())
                .as("signed out")
                .isNotIn(200, 201);
    }
}
