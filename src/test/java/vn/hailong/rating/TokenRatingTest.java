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

    String newToken() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        JsonNode d = json(browser().postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Ngô Thị Thu", "applicantPhone": "0901234567"}"""
                .formatted(hongGai), "honggai.motcua", "hailong-demo").body());
        String url = d.get("ratingUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ratings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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
        assertThat(form.get("items").size()).isEqualTo(2);

        String rating = """
                {"token": "%s", "idempotencyKey": "%s", "comment": "Cán bộ hướng dẫn tận tình",
                 "answers": [{"item": "RESULT", "score": 5}, {"item": "CONDUCT", "score": 4}]}""";
        HttpResponse<String> first = post(rating.formatted(token, "key-00000001"));
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = post(rating.formatted(token, "key-00000001"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again.body()).get("id").asLong()).isEqualTo(json(first.body()).get("id").asLong());
        HttpResponse<String> second = post(rating.formatted(token, "key-00000002"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second.body()).get("detail").asString()).isEqualTo("Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà.");

        assertThat(post(rating.formatted("khong-co-ma-nay", "key-00000003")).statusCode()).isEqualTo(404);

        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        JsonNode list = json(anonymous.get("/api/v1/ratings?agency=" + hongGai, "honggai.lanhdao", "hailong-demo").body());
        JsonNode mine = null;
        for (JsonNode r : list.get("items")) {
            if (r.get("id").asLong() == json(first.body()).get("id").asLong()) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("channel").asString()).isEqualTo("QR");
        assertThat(mine.get("answers").size()).isEqualTo(2);
        assertThat(mine.get("comment").asString()).isEqualTo("Cán bộ hướng dẫn tận tình");
        assertThat(json(anonymous.get("/api/v1/ratings?agency=" + hongGai, "halong.motcua", "hailong-demo").body())
                .get("total").asInt()).isZero();
        assertThat(anonymous.get("/api/v1/ratings").statusCode()).isEqualTo(401);
        HttpResponse<String> missing = post("""
                {"token": "%s", "idempotencyKey": "key-00000004", "answers": [{"item": "RESULT", "score": 5}]}"""
                .formatted(newToken()));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).get("detail").asString()).contains("Vui lòng chọn mức đánh giá");
    }

    @Test
    void theCitizensPageIsTinyAndSaysWhenAlreadyRated() {
        String token = newToken();
        Browser phone = browser();
        HttpResponse<String> page = phone.get("/r/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(100_000);
        assertThat(page.body()).contains("Đăng ký khai sinh", "Rất hài lòng", "Rất không hài lòng").doesNotContain("<script");
        String key = page.body().replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> sent = phone.postForm("/r/" + token, "key=" + key + "&item.RESULT=5&item.CONDUCT=2&comment=Ch%E1%BB%9D+l%C3%A2u");
        assertThat(sent.body()).contains("Cảm ơn Ông/Bà đã đánh giá");
        assertThat(phone.postForm("/r/" + token, "key=" + key + "&item.RESULT=5&item.CONDUCT=2").body())
                .as("the same form sent twice").contains("Cảm ơn Ông/Bà đã đánh giá");
        assertThat(phone.get("/r/" + token).body()).contains("Hồ sơ này đã được đánh giá");
        assertThat(phone.get("/r/khong-co").body()).contains("Đường dẫn đánh giá không đúng");
    }
}
