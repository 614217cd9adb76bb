package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** Paper forms keyed twice: agreement stores the response once; a difference is flagged item by item until a third look settles it. */
class PaperEntryTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    long campaign() {
        HttpResponse<String> r =
                browser().postJson("/api/v1/campaigns", """
                {"title": "Phiếu giấy", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                 "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 1}, "seed": 5}""".formatted(hongGai(), hongGai()), "quangninh", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("id").asLong();
    }

    HttpResponse<String> enter(long campaign, String user, String formNo, String f12) {
        return browser()
                .postJson(
                        "/api/v1/campaigns/" + campaign + "/paper-forms",
                        """
                {"formNo": "%s", "agencyId": %d, "answers": [{"item": "F1_1", "value": "4"}, {"item": "F1_2", "value": "%s"},
                 {"item": "MONG_MUON", "value": "1,2"}]}""".formatted(formNo, hongGai(), f12),
                        user,
                        PW);
    }

    long responses(long campaign) {
        return jdbc.sql("select count(*) from survey_response where campaign_id = :c and channel = 'PAPER'")
                .param("c", campaign)
                .query(Long.class)
                .single();
    }

    @Test
    void aFormEnteredTwiceWithOneDifferenceIsFlaggedAndBecomesAResponseOnlyOnceSettled() {
        long id = campaign();
        HttpResponse<String> first = enter(id, "quangninh", "P-001", "5");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).get("status").asString()).isEqualTo("FIRST");
        assertThat(json(first.body()).get("responseId").isNull())
                .as("no response yet")
                .isTrue();
        assertThat(responses(id)).isZero();

        JsonNode second = json(enter(id, "honggai.lanhdao", "P-001", "3").body());
        assertThat(second.get("status").asString()).isEqualTo("MISMATCH");
        assertThat(second.get("mismatches")).hasSize(1);
        assertThat(second.get("mismatches").get(0).get("item").asString()).isEqualTo("F1_2");
        assertThat(second.get("mismatches").get(0).get("first").asString()).isEqualTo("5");
        assertThat(second.get("mismatches").get(0).get("second").asString()).isEqualTo("3");
        assertThat(second.get("enteredBy")).hasSize(2);
        assertThat(responses(id)).as("a flagged form is no response").isZero();
        HttpResponse<String> third = enter(id, "quangninh", "P-001", "5");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(json(third.body()).get("detail").asString()).contains("hai lần");

        String resolve = "/api/v1/campaigns/" + id + "/paper-forms/P-001/resolve";
        assertThat(browser()
                        .postJson(resolve, "[{\"item\": \"F1_1\", \"value\": \"3\"}]", "quangninh", PW)
                        .statusCode())
                .as("only flagged items are settled")
                .isEqualTo(400);
        assertThat(browser().postJson(resolve, "[]", "quangninh", PW).statusCode())
                .as("every flagged item")
                .isEqualTo(400);
        assertThat(browser()
                        .postJson(resolve, "[{\"item\": \"F1_2\", \"value\": \"5\"}]", "halong.motcua", PW)
                        .statusCode())
                .as("another commune")
                .isEqualTo(404);
        JsonNode settled = json(browser()
                .postJson(resolve, "[{\"item\": \"F1_2\", \"value\": \"5\"}]", "quangninh", PW)
                .body());
        assertThat(settled.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(settled.get("resolvedBy").asString()).isEqualTo("quangninh");
        long response = settled.get("responseId").asLong();
        Map<String, Object> answers = new java.util.HashMap<>();
        jdbc.sql(
                        "select item_code, coalesce(cast(score as varchar(4)), answer) from survey_answer where response_id = :r")
                .param("r", response)
                .query(rs -> {
                    answers.put(rs.getString(1), rs.getString(2));
                });
        assertThat(answers)
                .containsEntry("F1_1", "4")
                .containsEntry("F1_2", "5")
                .containsEntry("MONG_MUON", "1,2")
                .hasSize(3);
        assertThat(browser()
                        .postJson(resolve, "[{\"item\": \"F1_2\", \"value\": \"5\"}]", "quangninh", PW)
                        .statusCode())
                .isEqualTo(409);
        assertThat(responses(id)).isEqualTo(1);

        // Two matching entries: recorded at once, and only once.
        enter(id, "quangninh", "P-002", "4");
        JsonNode matched = json(enter(id, "quangninh", "P-002", "4").body());
        assertThat(matched.get("status").asString()).isEqualTo("MATCHED");
        assertThat(matched.get("mismatches")).isEmpty();
        assertThat(enter(id, "quangninh", "P-002", "4").statusCode()).isEqualTo(409);
        assertThat(responses(id)).isEqualTo(2);

        assertThat(enter(id, "halong.motcua", "P-003", "4").statusCode())
                .as("a campaign outside the officer's scope is not there")
                .isEqualTo(404);
        assertThat(enter(id, "quangninh", "P-004", "9").statusCode())
                .as("checked as keyed")
                .isEqualTo(400);
        JsonNode list = json(browser()
                .get("/api/v1/campaigns/" + id + "/paper-forms", "honggai.lanhdao", PW)
                .body());
        assertThat(list.get("items")).hasSize(2);
    }

    @Test
    void thePageKeysAFormAndShowsTheDifferencesToSettle() {
        long id = campaign();
        Browser clerk = browser();
        clerk.signIn("quangninh", PW);
        String page = clerk.get("/khao-sat-sipas/" + id + "/phieu-giay").body();
        assertThat(page).contains("Nhập phiếu giấy").contains("F1_1");
        String form = "formNo=G-7&agencyId=" + hongGai() + "&a.F1_1=5&a.F2_1=4&a.MONG_MUON=3&_csrf="
                + enc(Browser.csrf(page));
        assertThat(clerk.postForm("/khao-sat-sipas/" + id + "/phieu-giay", form).statusCode())
                .isEqualTo(302);
        String again = clerk.get("/khao-sat-sipas/" + id + "/phieu-giay").body();
        assertThat(again).contains("Chờ nhập lần 2");
        HttpResponse<String> second = clerk.postForm(
                "/khao-sat-sipas/" + id + "/phieu-giay",
                form.replace("a.F2_1=4", "a.F2_1=2").replace(enc(Browser.csrf(page)), enc(Browser.csrf(again))));
        assertThat(second.headers().firstValue("Location").orElse("")).endsWith("/phieu-giay/G-7");
        String mismatch = clerk.get("/khao-sat-sipas/" + id + "/phieu-giay/G-7").body();
        assertThat(mismatch).contains("id=\"mismatches\"").contains("F2_1").doesNotContain(">F1_1<");
        assertThat(clerk.postForm(
                                "/khao-sat-sipas/" + id + "/phieu-giay/G-7",
                                "v.F2_1=4&_csrf=" + enc(Browser.csrf(mismatch)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(clerk.get("/khao-sat-sipas/" + id + "/phieu-giay/G-7").body())
                .contains("Đã đối chiếu, đã ghi nhận");
        assertThat(responses(id)).isEqualTo(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
