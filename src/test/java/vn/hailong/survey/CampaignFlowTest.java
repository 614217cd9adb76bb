package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;

/** A campaign from creation to results over the API: sample, invitations in the outbox, responses once each, progress, indices, closing. */
class CampaignFlowTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcClient jdbc;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    long haLong() {
        return agencies.byCode("22-06688").orElseThrow().id();
    }

    JsonNode create(long seed, int excludeMonths, int quota) {
        HttpResponse<String> r = browser()
                .postJson(
                        "/api/v1/campaigns",
                        """
                {"title": "Thử %d", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                 "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d, %d],
                 "quotas": {"%d": %d, "%d": %d}, "lookbackFrom": "2025-11-01", "lookbackTo": "2026-11-22",
                 "excludeMonths": %d, "seed": %d}""".formatted(
                                seed, hongGai(), haLong(), hongGai(), quota, haLong(), quota, excludeMonths, seed),
                        "quangninh",
                        PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body());
    }

    List<Candidate> sample(long campaign, long agency) {
        return SystemActor.call("test", () -> campaigns.sample(campaign, agency));
    }

    @Test
    void sameSeedSameSampleAndPeopleInvitedRecentlyAreLeftOut() {
        long outboxBefore = jdbc.sql("select count(*) from outbox_message where body like '%/khao-sat/%'")
                .query(Long.class)
                .single();
        JsonNode first = create(777, 0, 6);
        assertThat(first.get("seed").asLong()).isEqualTo(777);
        long id1 = first.get("id").asLong();
        JsonNode progress = json(browser()
                .get("/api/v1/campaigns/" + id1 + "/progress", "quangninh", PW)
                .body());
        assertThat(progress.get("items")).hasSize(2);
        progress.get("items").forEach(u -> {
            assertThat(u.get("quota").asInt()).isEqualTo(6);
            assertThat(u.get("invited").asLong()).isEqualTo(6);
            assertThat(u.get("responded").asLong()).isZero();
        });
        assertThat(jdbc.sql("select count(*) from outbox_message where body like '%/khao-sat/%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(outboxBefore + 12);

        long id2 = create(777, 0, 6).get("id").asLong();
        assertThat(sample(id2, hongGai())).isEqualTo(sample(id1, hongGai())).hasSize(6);
        assertThat(sample(id2, haLong())).isEqualTo(sample(id1, haLong()));
        long id3 = create(778, 0, 6).get("id").asLong();
        assertThat(sample(id3, hongGai())).isNotEqualTo(sample(id1, hongGai()));

        // With a 12-month exclusion nobody invited by the campaigns above is asked again.
        long id4 = create(777, 12, 6).get("id").asLong();
        Set<String> before = new HashSet<>();
        for (long id : List.of(id1, id3)) {
            sample(id, hongGai()).forEach(c -> before.add(c.contact()));
        }
        assertThat(sample(id4, hongGai())).isNotEmpty().noneMatch(c -> before.contains(c.contact()));
        // Every sampled dossier was returned, with a contact, in the window.
        for (Candidate c : sample(id1, hongGai())) {
            assertThat(jdbc.sql(
                                    "select count(*) from dossier where id = :d and returned_at is not null and applicant_phone is not null")
                            .param("d", c.dossierId())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void responsesAreStoredOnceAndFactorFiveIsAskedOnlyOfThoseWhoGaveFeedback() {
        long id = create(4242, 0, 3).get("id").asLong();
        List<String> tokens = jdbc.sql(
                        "select token from survey_invitation where campaign_id = :c and agency_id = :a order by id")
                .param("c", id)
                .param("a", hongGai())
                .query(String.class)
                .list();
        assertThat(tokens).hasSize(3);

        // Gave no feedback but answers factor 5 → refused: it was not asked.
        HttpResponse<String> notAsked = respond(
                "k-na-" + id, tokens.get(0), "\"GOP_Y\", \"value\": \"NO\"}, {\"item\": \"F5_1\", \"value\": \"5\"");
        assertThat(notAsked.statusCode()).isEqualTo(400);
        assertThat(json(notAsked.body()).get("detail").asString()).contains("F5_1");

        String answers =
                "\"GOP_Y\", \"value\": \"YES\"}, {\"item\": \"F5_1\", \"value\": \"4\"}, {\"item\": \"F1_1\", \"value\": \"5\"},"
                        + " {\"item\": \"F1_2\", \"value\": \"2\"}, {\"item\": \"F2_4\", \"value\": \"NA\"}, {\"item\": \"MONG_MUON\", \"value\": \"1,5\"";
        HttpResponse<String> first = respond("k1-" + id, tokens.get(0), answers);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = respond("k1-" + id, tokens.get(0), answers);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again.body()).get("id").asLong())
                .isEqualTo(json(first.body()).get("id").asLong());
        assertThat(respond("k2-" + id, tokens.get(0), answers).statusCode())
                .as("one response per invitation")
                .isEqualTo(409);
        assertThat(respond("k3-" + id, tokens.get(1), "\"F1_1\", \"value\": \"7\"")
                        .statusCode())
                .isEqualTo(400);
        assertThat(respond("k4-" + id, tokens.get(1), "\"MONG_MUON\", \"value\": \"1,2,3,4\"")
                        .statusCode())
                .isEqualTo(400);
        assertThat(respond(
                                "k5-" + id,
                                tokens.get(1),
                                "\"F1_1\", \"value\": \"4\"}, {\"item\": \"F1_2\", \"value\": \"4\"")
                        .statusCode())
                .isEqualTo(201);

        // Paper entry by a signed-in provincial official, for a respondent without a phone.
        HttpResponse<String> paper =
                browser().postJson("/api/v1/survey/responses", """
                {"idempotencyKey": "paper-%d", "campaignId": %d, "agencyId": %d, "channel": "PAPER",
                 "answers": [{"item": "F1_1", "value": "3"}, {"item": "F2_1", "value": "5"}]}""".formatted(id, id, hongGai()), "quangninh", PW);
        assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
        assertThat(browser()
                        .postJson("/api/v1/survey/responses", """
                {"idempotencyKey": "paper-x-%d", "campaignId": %d, "agencyId": %d, "channel": "PAPER", "answers": []}""".formatted(id, id, hongGai()), "halong.motcua", PW)
                        .statusCode())
                .as("another commune's officer")
                .isEqualTo(403);

        JsonNode progress = json(browser()
                .get("/api/v1/campaigns/" + id + "/progress", "quangninh", PW)
                .body());
        JsonNode hg = find(progress.get("items"), hongGai());
        assertThat(hg.get("responded").asLong()).isEqualTo(3);
        assertThat(hg.get("responseRate").asDouble()).isEqualTo(66.67);
        assertThat(hg.get("quotaReached").asDouble()).isEqualTo(100.0);

        // F1_1: 5, 4, 3 → 2 of 3 = 66.67; F1_2: 2, 4 → 50; F1 = 58.33. F2_1: 5 → 100; F2_4: NA (not valid).
        JsonNode pooled = json(browser()
                .get("/api/v1/campaigns/" + id + "/results?aggregation=pooled", "quangninh", PW)
                .body());
        assertThat(pooled.get("aggregation").asString()).isEqualTo("pooled");
        JsonNode unit = find(pooled.get("units"), hongGai());
        assertThat(unit.get("respondents").asLong()).isEqualTo(3);
        assertThat(unit.get("criteria").get(0).get("index").asDouble()).isEqualTo(66.67);
        assertThat(unit.get("criteria").get(0).get("n").asLong()).isEqualTo(3);
        assertThat(unit.get("factors").get(0).get("index").asDouble()).isEqualTo(58.33);
        assertThat(unit.get("criteria").get(7).get("n").asLong())
                .as("F2_4 not applicable")
                .isZero();
        assertThat(pooled.get("total").get("respondents").asLong()).isEqualTo(3);
        JsonNode expectations = pooled.get("expectations");
        assertThat(expectations.get(0).get("chosen").asLong()).isEqualTo(1);
        assertThat(expectations.get(0).get("share").asDouble()).isEqualTo(100.0);
        assertThat(json(browser()
                                .get("/api/v1/campaigns/" + id + "/results?aggregation=mean", "quangninh", PW)
                                .body())
                        .get("aggregation")
                        .asString())
                .isEqualTo("mean");
        assertThat(browser()
                        .get("/api/v1/campaigns/" + id + "/results?aggregation=median", "quangninh", PW)
                        .statusCode())
                .isEqualTo(400);
        assertThat(browser()
                        .get("/api/v1/campaigns/" + id + "/results", "halong.motcua", PW)
                        .statusCode())
                .isEqualTo(200);

        assertThat(browser()
                        .postJson("/api/v1/campaigns/" + id + "/close", "", "quangninh", PW)
                        .statusCode())
                .isEqualTo(200);
        assertThat(respond("k6-" + id, tokens.get(2), "\"F1_1\", \"value\": \"4\"")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void rawResponsesAndCodebookAreScopedAndReadableBySpreadsheetsAndR() {
        long id = create(9191, 0, 2).get("id").asLong();
        String hgToken = jdbc.sql(
                        "select token from survey_invitation where campaign_id = :c and agency_id = :a order by id limit 1")
                .param("c", id)
                .param("a", hongGai())
                .query(String.class)
                .single();
        String hlToken = jdbc.sql(
                        "select token from survey_invitation where campaign_id = :c and agency_id = :a order by id limit 1")
                .param("c", id)
                .param("a", haLong())
                .query(String.class)
                .single();
        assertThat(respond(
                                "x1-" + id,
                                hgToken,
                                "\"F1_1\", \"value\": \"5\"}, {\"item\": \"F2_4\", \"value\": \"NA\"},"
                                        + " {\"item\": \"MONG_MUON\", \"value\": \"2,5\"}, {\"item\": \"Y_KIEN\", \"value\": \"=1+1, \\\"nhanh\\\" hơn\"")
                        .statusCode())
                .isEqualTo(201);
        assertThat(respond(
                                "x2-" + id,
                                hlToken,
                                "\"F1_1\", \"value\": \"2\"}, {\"item\": \"Y_KIEN\", \"value\":"
                                        + " \"Gọi tôi 0912 345 678 hoặc an.nguyen@example.vn, CCCD 022190001234\"")
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> csv = browser().get("/api/v1/campaigns/" + id + "/responses.csv", "quangninh", PW);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<String> lines = List.of(csv.body().replace("\uFEFF", "").split("\r\n"));
        assertThat(lines).hasSize(3);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header)
                .startsWith("response_id", "agency_code", "agency_name", "channel", "created_at")
                .contains("F1_1", "F2_4", "MONG_MUON_1", "MONG_MUON_2", "MONG_MUON_5", "Y_KIEN")
                .doesNotContain("MONG_MUON");
        String hg =
                lines.stream().filter(l -> l.contains("22-06685")).findFirst().orElseThrow();
        List<String> cells = List.of(hg.split(",", -1));
        assertThat(cells.get(header.indexOf("F1_1"))).isEqualTo("5");
        assertThat(cells.get(header.indexOf("F2_4"))).isEqualTo("NA");
        assertThat(cells.get(header.indexOf("F1_2"))).isEmpty();
        assertThat(cells.get(header.indexOf("MONG_MUON_1"))).isEqualTo("0");
        assertThat(cells.get(header.indexOf("MONG_MUON_2"))).isEqualTo("1");
        assertThat(cells.get(header.indexOf("MONG_MUON_5"))).isEqualTo("1");
        assertThat(hg).as("text quoted, formula defused").contains("\"'=1+1, \"\"nhanh\"\" hơn\"");
        assertThat(csv.body())
                .as("free text without personal data")
                .contains("Gọi tôi *** hoặc ***, CCCD ***")
                .doesNotContain("0912", "example.vn", "022190001234");
        assertThat(csv.body())
                .doesNotContain(jdbc.sql("select contact from survey_invitation where token = :t")
                        .param("t", hgToken)
                        .query(String.class)
                        .single());

        HttpResponse<String> codebook = browser().get("/api/v1/campaigns/" + id + "/codebook.csv", "quangninh", PW);
        assertThat(codebook.statusCode()).isEqualTo(200);
        assertThat(codebook.body())
                .contains("F1_1,F1,")
                .contains("5=Rất hài lòng")
                .contains("NA=Không áp dụng")
                .contains("MONG_MUON_2,")
                .contains("0=không chọn; 1=chọn")
                .contains("Y_KIEN,")
                .contains("số điện thoại, số định danh đã thay bằng ***");

        HttpResponse<String> leader =
                browser().get("/api/v1/campaigns/" + id + "/responses.csv", "honggai.lanhdao", PW);
        assertThat(leader.statusCode()).isEqualTo(200);
        assertThat(leader.body())
                .as("only the leader's own unit")
                .contains("22-06685")
                .doesNotContain("22-06688");
        assertThat(browser()
                        .get("/api/v1/campaigns/" + id + "/responses.csv", "halong.motcua", PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser().download("/khao-sat-sipas/" + id + "/du-lieu.zip").statusCode())
                .as("not signed in")
                .isNotEqualTo(200);
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredSomeDaysApartAndAtMostTwice() {
        long id = create(6161, 0, 3).get("id").asLong();
        List<String> tokens = jdbc.sql(
                        "select token from survey_invitation where campaign_id = :c and agency_id = :a order by id")
                .param("c", id)
                .param("a", hongGai())
                .query(String.class)
                .list();
        assertThat(respond("r1-" + id, tokens.get(0), "\"F1_1\", \"value\": \"5\"")
                        .statusCode())
                .isEqualTo(201);
        String remind = "/api/v1/campaigns/" + id + "/reminders";
        assertThat(json(browser().postJson(remind, "", "quangninh", PW).body())
                        .get("reminders")
                        .asInt())
                .as("invited just now")
                .isZero();
        jdbc.sql("update survey_invitation set invited_at = invited_at - interval '8' day where campaign_id = :c")
                .param("c", id)
                .update();
        long before = jdbc.sql("select count(*) from outbox_message where body like 'Nhắc lại:%'")
                .query(Long.class)
                .single();
        // Five who have not answered (two in Hạ Long, two in Hồng Gai... the one who answered is left out).
        assertThat(json(browser().postJson(remind, "", "quangninh", PW).body())
                        .get("reminders")
                        .asInt())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from outbox_message where body like 'Nhắc lại:%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 5);
        assertThat(jdbc.sql("select count(*) from outbox_message where body like :b")
                        .param("b", "%" + tokens.get(0) + "%")
                        .query(Long.class)
                        .single())
                .as("the one who answered gets no reminder")
                .isEqualTo(1);
        assertThat(json(browser().postJson(remind, "", "quangninh", PW).body())
                        .get("reminders")
                        .asInt())
                .as("not again so soon")
                .isZero();
        jdbc.sql("update survey_invitation set reminded_at = reminded_at - interval '8' day where campaign_id = :c")
                .param("c", id)
                .update();
        assertThat(json(browser().postJson(remind, "", "quangninh", PW).body())
                        .get("reminders")
                        .asInt())
                .isEqualTo(5);
        jdbc.sql("update survey_invitation set reminded_at = reminded_at - interval '8' day where campaign_id = :c")
                .param("c", id)
                .update();
        assertThat(json(browser().postJson(remind, "", "quangninh", PW).body())
                        .get("reminders")
                        .asInt())
                .as("at most twice")
                .isZero();
        assertThat(browser().postJson(remind, "", "honggai.lanhdao", PW).statusCode())
                .isEqualTo(403);
    }

    HttpResponse<String> respond(String key, String token, String answers) {
        String body = """
                {"idempotencyKey": "%s", "token": "%s", "answers": [{"item": %s}]}""".formatted(key, token, answers);
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/survey/responses"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode find(JsonNode items, long agency) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("agencyId").asLong() == agency) {
                found.add(i);
            }
        });
        return found.get(0);
    }
}
