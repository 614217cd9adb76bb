package vn.hailong.rating;

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
import vn.hailong.support.Browser;

/** Rating by the receipt's QR link: once per dossier, never twice for the same idempotency key. */
class TokenRatingTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String newToken() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        JsonNode d = json(browser()
                .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Ngô Thị Thu", "applicantPhone": "0901234567"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                .body());
        String url = d.get("ratingUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
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

    @Test
    void apiFormSubmitRepeatAndConflict() throws Exception {
        String token = newToken();
        Browser anonymous = browser();
        JsonNode form = json(anonymous.get("/api/v1/rating-forms/" + token).body());
        assertThat(form.get("agencyName").asString()).isEqualTo("Ủy ban nhân dân Phường Hồng Gai");
        assertThat(form.get("procedureName").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(form.toString()).doesNotContain("Ngô Thị Thu", "0901234567");
        // the receipt's link rates the reception: the quick form asks about the officer's conduct only
        assertThat(form.get("moment").asString()).isEqualTo("RECEPTION");
        assertThat(form.get("items").size()).isEqualTo(1);
        assertThat(form.get("items").get(0).get("code").asString()).isEqualTo("CONDUCT");

        String rating = """
                {"token": "%s", "idempotencyKey": "%s", "comment": "Cán bộ hướng dẫn tận tình",
                 "answers": [{"item": "CONDUCT", "score": 4}]}""";
        HttpResponse<String> first = post(rating.formatted(token, "key-00000001"));
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = post(rating.formatted(token, "key-00000001"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again.body()).get("id").asLong())
                .isEqualTo(json(first.body()).get("id").asLong());
        HttpResponse<String> second = post(rating.formatted(token, "key-00000002"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second.body()).get("detail").asString())
                .isEqualTo("Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà.");

        assertThat(post(rating.formatted("khong-co-ma-nay", "key-00000003")).statusCode())
                .isEqualTo(404);

        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        JsonNode list = json(anonymous
                .get("/api/v1/ratings?agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                .body());
        JsonNode mine = null;
        for (JsonNode r : list.get("items")) {
            if (r.get("id").asLong() == json(first.body()).get("id").asLong()) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("channel").asString()).isEqualTo("QR");
        assertThat(mine.get("answers").size()).isEqualTo(1);
        assertThat(mine.get("moment").asString()).isEqualTo("RECEPTION");
        assertThat(mine.get("comment").asString()).isEqualTo("Cán bộ hướng dẫn tận tình");
        assertThat(json(anonymous
                                .get("/api/v1/ratings?agency=" + hongGai, "halong.motcua", "hailong-demo")
                                .body())
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(anonymous.get("/api/v1/ratings").statusCode()).isEqualTo(401);
        HttpResponse<String> missing = post("""
                {"token": "%s", "idempotencyKey": "key-00000004", "answers": [{"item": "RESULT", "score": 5}]}""".formatted(newToken()));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).get("detail").asString())
                .as("the result is not asked at reception")
                .contains("không có trong phiếu");
    }

    @Test
    void aLowRatingOpensACaseForTheLeaderWithTheCitizensContact() throws Exception {
        String token = newToken();
        HttpResponse<String> low = post("""
                {"token": "%s", "idempotencyKey": "low-00000001", "comment": "Phải chờ rất lâu",
                 "answers": [{"item": "CONDUCT", "score": 1}]}""".formatted(token));
        assertThat(low.statusCode()).isEqualTo(201);
        long id = jdbc.sql("select id from feedback_case where rating_id = :r")
                .param("r", json(low.body()).get("id").asLong())
                .query(Long.class)
                .single();
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        String list = leader.get("/phan-anh?channel=RATING").body();
        assertThat(list).contains("Phải chờ rất lâu");
        assertThat(leader.get("/phan-anh/" + id).body()).contains("Phải chờ rất lâu", "0901234567");
        Browser province = browser();
        province.signIn("quangninh", "hailong-demo");
        assertThat(province.get("/phan-anh/" + id).body())
                .contains("Phải chờ rất lâu")
                .doesNotContain("0901234567");
    }

    @Test
    void theWebChannelFindsTheDossierByCodeAndPhoneDigits() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String code = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "CT-001", "applicantName": "Lương Văn Bảy", "applicantPhone": "0988776655"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        Browser web = browser();
        assertThat(web.get("/danh-gia").body()).contains("4 số cuối số điện thoại");
        assertThat(web.postForm("/danh-gia", "code=" + code + "&phone=1111").body())
                .contains("Không tìm thấy hồ sơ khớp");
        String form = web.postForm("/danh-gia", "code=" + code + "&phone=6655").body();
        assertThat(form).contains("name=\"channel\" value=\"WEB\"", "Ủy ban nhân dân Phường Hồng Gai");
        String action = form.replaceAll("(?s).*action=\"(/r/[^\"]+)\".*", "$1");
        String key = form.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        assertThat(web.postForm(action, "key=" + key + "&channel=WEB&item.RESULT=4&item.CONDUCT=5")
                        .body())
                .contains("Cảm ơn Ông/Bà đã đánh giá");
        JsonNode list = json(web.get("/api/v1/ratings?agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                .body());
        boolean found = false;
        for (JsonNode r : list.get("items")) {
            found |= code.equals(r.get("dossierCode").asString())
                    && "WEB".equals(r.get("channel").asString());
        }
        assertThat(found).isTrue();
    }

    @Test
    void theCitizensPageIsTinyAndSaysWhenAlreadyRated() {
        String token = newToken();
        Browser phone = browser();
        HttpResponse<String> page = phone.get("/r/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(100_000);
        assertThat(page.body())
                .contains("Đăng ký khai sinh", "Rất hài lòng", "Rất không hài lòng")
                .doesNotContain("<script");
        String key = page.body().replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> sent = phone.postForm(
                "/r/" + token, "key=" + key + "&item.RESULT=5&item.CONDUCT=2&comment=Ch%E1%BB%9D+l%C3%A2u");
        assertThat(sent.body()).contains("Cảm ơn Ông/Bà đã đánh giá");
        assertThat(phone.postForm("/r/" + token, "key=" + key + "&item.RESULT=5&item.CONDUCT=2")
                        .body())
                .as("the same form sent twice")
                .contains("Cảm ơn Ông/Bà đã đánh giá");
        assertThat(phone.get("/r/" + token).body()).contains("Hồ sơ này đã được đánh giá");
        assertThat(phone.get("/r/khong-co").body()).contains("Đường dẫn đánh giá không đúng");
    }
}
