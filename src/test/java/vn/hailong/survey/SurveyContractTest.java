package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;

/**
 * The survey's API contract: the shapes the issue names, scoping that fails closed, and problem
 * details in Vietnamese on bad input.
 */
class SurveyContractTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        b = "GET".equals(method) ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void vietnameseProblem(HttpResponse<String> r, int status, String detailContains) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(r.body()).contains("\"detail\"");
        assertThat(r.body()).contains(detailContains);
    }

    @Test
    void questionnairesHaveCodeVersionTitleSectionsAndItemsAndTheCounterFormsComeFromTheRatingModule()
            throws Exception {
        assertThat(anonymous("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(401);
        JsonNode items = json(browser()
                        .get("/api/v1/questionnaires", "honggai.lanhdao", PW)
                        .body())
                .get("items");
        JsonNode sipas = null;
        int counterForms = 0;
        for (JsonNode q : items) {
            assertThat(q.has("code")
                            && q.has("version")
                            && q.has("title")
                            && q.get("sections").isArray())
                    .isTrue();
            q.get("sections").forEach(s -> assertThat(s.get("items").isArray()).isTrue());
            if (q.get("code").asString().equals("SIPAS-5x22")) {
                sipas = q;
            }
            if (q.get("source").asString().equals("rating")) {
                counterForms++;
                assertThat(q.get("sections").get(0).get("items")).isNotEmpty();
            }
        }
        assertThat(sipas).isNotNull();
        assertThat(sipas.get("sections").get(1).get("items").get(0).get("type").asString())
                .isEqualTo("SATISFACTION");
        assertThat(counterForms).as("quick and 8-content forms").isGreaterThanOrEqualTo(2);
    }

    @Test
    void campaignsFailClosedAndExplainBadInputInVietnamese() throws Exception {
        long haLong = agencies.byCode("22-06688").orElseThrow().id();
        String body = """
                {"title": "Chỉ Hạ Long", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                 "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 1}, "seed": 3}""".formatted(haLong, haLong);
        assertThat(anonymous("POST", "/api/v1/campaigns", body).statusCode()).isEqualTo(401);
        assertThat(browser()
                        .postJson("/api/v1/campaigns", body, "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(403);
        vietnameseProblem(browser().postJson("/api/v1/campaigns", "{\"title\": \"\"}", "quangninh", PW), 400, "title");
        vietnameseProblem(
                browser().postJson("/api/v1/campaigns", body.replace("2026-12-31", "2026-10-01"), "quangninh", PW),
                400,
                "Ngày kết thúc đợt khảo sát phải sau ngày bắt đầu");
        vietnameseProblem(
                browser()
                        .postJson(
                                "/api/v1/campaigns",
                                body.replace("\"questionnaireVersion\": 1", "\"questionnaireVersion\": 99"),
                                "quangninh",
                                PW),
                404,
                "Không tìm thấy bảng hỏi");
        HttpResponse<String> created = browser().postJson("/api/v1/campaigns", body, "quangninh", PW);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created.body()).get("id").asLong();

        // Hồng Gai's leader does not see a campaign of Hạ Long only: not there, rather than forbidden.
        vietnameseProblem(
                browser().get("/api/v1/campaigns/" + id + "/progress", "honggai.lanhdao", PW),
                404,
                "Không tìm thấy đợt khảo sát");
        assertThat(browser()
                        .get("/api/v1/campaigns/" + id + "/results", "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(404);
        assertThat(anonymous("GET", "/api/v1/campaigns/" + id + "/progress", null)
                        .statusCode())
                .isEqualTo(401);
        JsonNode progress = json(browser()
                .get("/api/v1/campaigns/" + id + "/progress", "quangninh", PW)
                .body());
        assertThat(progress.get("items").get(0).get("quota").asInt()).isEqualTo(1);
        vietnameseProblem(
                browser().get("/api/v1/campaigns/" + id + "/results?aggregation=median", "quangninh", PW),
                400,
                "Cách tổng hợp \\\"median\\\" không hợp lệ");
        JsonNode mean = json(browser()
                .get("/api/v1/campaigns/" + id + "/results?aggregation=mean", "quangninh", PW)
                .body());
        assertThat(mean.get("aggregation").asString()).isEqualTo("mean");
        assertThat(mean.has("units") && mean.has("total") && mean.has("expectations"))
                .isTrue();

        // A response without a token from nobody signed in: no campaign is visible, so nothing is stored.
        String interview = """
                {"idempotencyKey": "anon-%d", "campaignId": %d, "agencyId": %d, "channel": "INTERVIEW", "answers": []}""".formatted(id, id, haLong);
        assertThat(anonymous("POST", "/api/v1/survey/responses", interview).statusCode())
                .isEqualTo(404);
        vietnameseProblem(
                anonymous(
                        "POST",
                        "/api/v1/survey/responses",
                        "{\"idempotencyKey\": \"x\", \"token\": \"nope\", \"answers\": []}"),
                404,
                "Đường dẫn khảo sát không đúng");
        vietnameseProblem(anonymous("POST", "/api/v1/survey/responses", "{not json"), 400, "detail");
        vietnameseProblem(
                browser()
                        .postJson(
                                "/api/v1/survey/responses",
                                interview.replace(
                                        "\"answers\": []", "\"answers\": [{\"item\": \"F1_1\", \"value\": \"6\"}]"),
                                "quangninh",
                                PW),
                400,
                "Câu trả lời \\\"6\\\" cho câu F1_1 không hợp lệ");
    }

    @Test
    void theSipasIndexOfAProvinceOrAUnitOverAPeriodIsTheCampaignsIndexWithItsAggregationNamed() throws Exception {
        JsonNode closed = null;
        for (JsonNode c :
                json(browser().get("/api/v1/campaigns", "quangninh", PW).body()).get("items")) {
            if (c.get("status").asString().equals("CLOSED")) {
                closed = c;
            }
        }
        assertThat(closed).as("the demo's closed campaign").isNotNull();
        long id = closed.get("id").asLong();
        String period = "from=" + closed.get("periodFrom").asString() + "&to="
                + closed.get("periodTo").asString();
        JsonNode results = json(browser()
                .get("/api/v1/campaigns/" + id + "/results?aggregation=mean", "quangninh", PW)
                .body());

        JsonNode province = entryFor(
                json(browser()
                        .get("/api/v1/insight/sipas?unit=22&aggregation=mean&" + period, "quangninh", PW)
                        .body()),
                id);
        assertThat(province.get("aggregation").asString()).isEqualTo("mean");
        assertThat(province.get("index").get("overall").asDouble())
                .isEqualTo(results.get("total").get("overall").asDouble());
        assertThat(province.get("index").get("respondents").asLong())
                .isEqualTo(results.get("total").get("respondents").asLong())
                .isPositive();

        JsonNode unit = results.get("units").get(0);
        String code = agencies.byIdUnscoped(unit.get("agencyId").asLong())
                .orElseThrow()
                .code();
        JsonNode one = entryFor(
                json(browser()
                        .get("/api/v1/insight/sipas?unit=" + code + "&" + period, "quangninh", PW)
                        .body()),
                id);
        assertThat(one.get("aggregation").asString()).isEqualTo("pooled");
        assertThat(one.get("index").get("agencyId").asLong())
                .isEqualTo(unit.get("agencyId").asLong());
        assertThat(one.get("index").get("overall").asDouble())
                .isEqualTo(unit.get("overall").asDouble());

        // Outside the period, nothing; another province, nothing; bad input explained.
        assertThat(json(browser()
                                .get("/api/v1/insight/sipas?unit=22&from=1990-01-01&to=1990-12-31", "quangninh", PW)
                                .body())
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(json(browser()
                                .get("/api/v1/insight/sipas?unit=01&" + period, "quangninh", PW)
                                .body())
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(anonymous("GET", "/api/v1/insight/sipas?unit=22", null).statusCode())
                .isEqualTo(401);
        vietnameseProblem(
                browser().get("/api/v1/insight/sipas?unit=22&aggregation=median", "quangninh", PW), 400, "median");
        vietnameseProblem(
                browser().get("/api/v1/insight/sipas?unit=22&from=2026-05-01&to=2026-01-01", "quangninh", PW),
                400,
                "Khoảng thời gian không hợp lệ");
    }

    static JsonNode entryFor(JsonNode list, long campaignId) {
        for (JsonNode e : list.get("items")) {
            if (e.get("campaignId").asLong() == campaignId) {
                return e;
            }
        }
        throw new AssertionError("no entry for campaign " + campaignId + " in " + list);
    }
}
