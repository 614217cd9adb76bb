package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * A dossier is rated at two moments: the reception (by the receipt's link, asked about the reception only) and the
 * result (by the link the return sends, asked about the result): one rating per dossier and moment, both on the
 * dossier's page with the case a low one opened, and the dossier counted once as rated.
 */
class MomentRatingTest extends AppTest {

    static final String OFFICER = "honggai.motcua";
    static final String PASSWORD = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    JsonNode receive(String phone) {
        HttpResponse<String> r =
                browser().postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Trần Thị Hoa", "applicantPhone": "%s"}""".formatted(hongGai(), phone), OFFICER, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body());
    }

    void event(String code, String type) {
        HttpResponse<String> r = browser()
                .postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "%s-%s", "type": "%s"}""".formatted(code, type, type), OFFICER, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ratings"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static String tokenOf(JsonNode dossier) {
        String url = dossier.get("ratingUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    long ratedOnReturn() {
        return jdbc.sql("select coalesce(sum(rated), 0) from insight_dossier_day where agency_id = :a")
                .param("a", hongGai())
                .query(Long.class)
                .single();
    }

    List<String> items(JsonNode form) {
        List<String> codes = new ArrayList<>();
        form.get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void theReceptionAtReceptionTheResultAtReturnOneRatingEach() throws Exception {
        JsonNode d = receive("0903111222");
        String code = d.get("code").asString();
        String receipt = tokenOf(d);

        JsonNode atReception =
                json(browser().get("/api/v1/rating-forms/" + receipt).body());
        assertThat(atReception.get("moment").asString()).isEqualTo("RECEPTION");
        assertThat(items(atReception)).containsExactly("CONDUCT");
        assertThat(browser().get("/r/" + receipt).body())
                .contains("Việc tiếp nhận hồ sơ", "chưa phải kết quả giải quyết")
                .doesNotContain("Kết quả giải quyết thủ tục hành chính");

        HttpResponse<String> aboutTheResult = post("""
                {"token": "%s", "idempotencyKey": "moment-r-0001",
                 "answers": [{"item": "RESULT", "score": 5}, {"item": "CONDUCT", "score": 5}]}""".formatted(receipt));
        assertThat(aboutTheResult.statusCode()).isEqualTo(400);
        assertThat(json(aboutTheResult.body()).get("detail").asString()).contains("RESULT", "không có trong phiếu");
        HttpResponse<String> otherMoment = post("""
                {"token": "%s", "idempotencyKey": "moment-r-0002", "moment": "RESULT",
                 "answers": [{"item": "CONDUCT", "score": 5}]}""".formatted(receipt));
        assertThat(otherMoment.statusCode()).isEqualTo(400);
        assertThat(json(otherMoment.body()).get("detail").asString())
                .isEqualTo(
                        "Đường dẫn này dùng để đánh giá việc tiếp nhận hồ sơ, không dùng để đánh giá kết quả giải quyết.");
        assertThat(post("""
                        {"token": "%s", "idempotencyKey": "moment-r-0003", "answers": [{"item": "CONDUCT", "score": 5}]}""".formatted(receipt)).statusCode()).isEqualTo(201);

        long before = ratedOnReturn();
        event(code, "RESOLVED");
        event(code, "RETURNED");
        assertThat(ratedOnReturn())
                .as("returned, already rated at reception: one more rated dossier")
                .isEqualTo(before + 1);
        String result = jdbc.sql(
                        "select t.token from rating_token t join dossier d on d.id = t.dossier_id where d.code = :c and t.moment = 'RESULT'")
                .param("c", code)
                .query(String.class)
                .single();
        assertThat(result).isNotEqualTo(receipt);
        assertThat(jdbc.sql("select body from outbox_message where recipient = '0903111222'")
                        .query(String.class)
                        .single())
                .as("the return's message invites to rate the result")
                .endsWith("/r/" + result);

        Browser counter = browser();
        counter.signIn(OFFICER, PASSWORD);
        assertThat(counter.get("/ho-so/" + code).body()).contains("id=\"invite-result\"");
        byte[] slip = counter.download("/ho-so/" + code + "/phieu-danh-gia.pdf").body();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(slip)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .as("the slip printed at the return carries the result's link")
                    .contains("/r/" + result)
                    .doesNotContain("/r/" + receipt);
        }

        JsonNode atReturn = json(browser().get("/api/v1/rating-forms/" + result).body());
        assertThat(atReturn.get("moment").asString()).isEqualTo("RESULT");
        assertThat(items(atReturn)).containsExactly("RESULT", "CONDUCT");
        assertThat(browser().get("/r/" + result).body())
                .contains("Kết quả giải quyết hồ sơ", "kết quả giải quyết hồ sơ đã nhận");
        HttpResponse<String> missing = post("""
                {"token": "%s", "idempotencyKey": "moment-r-0004", "answers": [{"item": "RESULT", "score": 2}]}""".formatted(result));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).get("detail").asString()).contains("Vui lòng chọn mức đánh giá");
        HttpResponse<String> low = post("""
                {"token": "%s", "idempotencyKey": "moment-r-0005", "comment": "Trả kết quả chậm",
                 "answers": [{"item": "RESULT", "score": 2}, {"item": "CONDUCT", "score": 4}]}""".formatted(result));
        assertThat(low.statusCode()).isEqualTo(201);
        assertThat(post("""
                        {"token": "%s", "idempotencyKey": "moment-r-0006", "answers": [{"item": "RESULT", "score": 5}, {"item": "CONDUCT", "score": 5}]}""".formatted(result)).statusCode())
                .as("the result is rated once")
                .isEqualTo(409);
        assertThat(post("""
                        {"token": "%s", "idempotencyKey": "moment-r-0007", "answers": [{"item": "CONDUCT", "score": 1}]}""".formatted(receipt)).statusCode())
                .as("the reception is rated once")
                .isEqualTo(409);
        assertThat(browser().get("/r/" + result).body()).contains("Hồ sơ này đã được đánh giá");
        assertThat(ratedOnReturn()).as("rated at both moments, counted once").isEqualTo(before + 1);

        JsonNode list = json(browser()
                .get("/api/v1/ratings?agency=" + hongGai(), "honggai.lanhdao", PASSWORD)
                .body());
        List<String> moments = new ArrayList<>();
        for (JsonNode r : list.get("items")) {
            if (code.equals(r.get("dossierCode").asString())) {
                moments.add(r.get("moment").asString());
            }
        }
        assertThat(moments).containsExactlyInAnyOrder("RECEPTION", "RESULT");

        long caseId = jdbc.sql("select c.id from feedback_case c where c.rating_id = :r")
                .param("r", json(low.body()).get("id").asLong())
                .query(Long.class)
                .single();
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PASSWORD);
        String page = leader.get("/ho-so/" + code).body();
        assertThat(page)
                .contains("Đánh giá của người dân", "Việc tiếp nhận hồ sơ", "Kết quả giải quyết hồ sơ")
                .contains("5,0/5", "3,0/5", "Đánh giá thấp", "Người dân đánh giá")
                .contains("href=\"/phan-anh/" + caseId + "\"")
                .doesNotContain("id=\"invite-result\"");
        Browser elsewhere = browser();
        elsewhere.signIn("halong.motcua", PASSWORD);
        assertThat(elsewhere.get("/ho-so/" + code).body()).doesNotContain("Kết quả giải quyết hồ sơ");
    }

    @Test
    void aTokenIssuedBeforeTheMomentsFollowsTheDossierOrTheMomentAsked() throws Exception {
        JsonNode d = receive("0903111333");
        String token = tokenOf(d);
        jdbc.sql("update rating_token set moment = null where token = :t")
                .param("t", token)
                .update();

        assertThat(json(browser().get("/api/v1/rating-forms/" + token).body())
                        .get("moment")
                        .asString())
                .as("not yet returned: the reception")
                .isEqualTo("RECEPTION");
        HttpResponse<String> asked = post("""
                {"token": "%s", "idempotencyKey": "moment-l-0001", "moment": "RESULT",
                 "answers": [{"item": "RESULT", "score": 4}, {"item": "CONDUCT", "score": 4}]}""".formatted(token));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        HttpResponse<String> derived = post("""
                {"token": "%s", "idempotencyKey": "moment-l-0002", "answers": [{"item": "CONDUCT", "score": 5}]}""".formatted(token));
        assertThat(derived.statusCode()).as(derived.body()).isEqualTo(201);
        assertThat(jdbc.sql("select moment from rating where id in (:a, :b) order by id")
                        .param("a", json(asked.body()).get("id").asLong())
                        .param("b", json(derived.body()).get("id").asLong())
                        .query(String.class)
                        .list())
                .containsExactly("RESULT", "RECEPTION");
    }

    @Test
    void theApiDocumentsTheMoment() {
        Browser admin = browser();
        admin.signIn("admin", PASSWORD);
        JsonNode docs = json(admin.get("/v3/api-docs").body());
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("NewRating").get("properties").has("moment")).isTrue();
        assertThat(schemas.get("RatingView").get("properties").has("moment")).isTrue();
        assertThat(schemas.get("RatingForm").get("properties").has("moment")).isTrue();
        assertThat(docs.get("paths")
                        .get("/api/v1/ratings")
                        .get("post")
                        .get("description")
                        .asString())
                .contains("moment (optional): RECEPTION or RESULT");
    }
}
