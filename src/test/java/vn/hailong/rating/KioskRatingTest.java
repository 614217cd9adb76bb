package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

/**
 * The counter kiosk: registered by an administrator, it binds a rating to a typed dossier code or to the
 * desk's officer, on its own 5- or 3-level scale, only within its agency, and stops when revoked.
 */
class KioskRatingTest extends AppTest {

    static final String HONG_GAI_KIOSK = "kiosk-demo-honggai";
    static final String HA_LONG_KIOSK = "kiosk-demo-halong";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> call(String method, String path, String device, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        if (device != null) {
            b.header("X-Device-Token", device);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String newDossier(String agencyCode, String user) {
        long agency = agencies.byCode(agencyCode).orElseThrow().id();
        return json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Đinh Thị Mai", "applicantPhone": "0912000111"}""".formatted(agency), user, "hailong-demo")
                        .body())
                .get("code")
                .asString();
    }

    /** A typed dossier code with the last 4 digits of the applicant's phone (0912000111). */
    static String typed(String code) {
        return "\"dossierCode\": \"" + code + "\", \"phoneLastDigits\": \"0111\"";
    }

    static String rating(String device, String target, String key, String scores) {
        String[] s = scores.split(",");
        return """
                {"deviceToken": "%s", %s, "idempotencyKey": "%s",
                 "answers": [{"item": "RESULT", "score": %s}, {"item": "CONDUCT", "score": %s}]}""".formatted(device, target, key, s[0], s[1]);
    }

    @Test
    void configBindsToDossierOrOfficerWithinTheAgency() throws Exception {
        HttpResponse<String> refused = call("GET", "/api/v1/kiosk/config", "kiosk-chua-dang-ky", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused.body()).get("detail").asString()).contains("Thiết bị chưa được đăng ký");

        JsonNode config =
                json(call("GET", "/api/v1/kiosk/config", HONG_GAI_KIOSK, null).body());
        assertThat(config.get("agencyName").asString()).isEqualTo("Ủy ban nhân dân Phường Hồng Gai");
        assertThat(config.get("items").size()).isEqualTo(2);
        assertThat(config.get("scale").toString()).isEqualTo("[5,4,3,2,1]");
        assertThat(config.get("officers").size()).isGreaterThanOrEqualTo(1);
        assertThat(config.get("officers").toString()).doesNotContain("phone", "email");
        long officer = config.get("officers").get(0).get("id").asLong();

        String code = newDossier("22-06685", "honggai.motcua");
        JsonNode target =
                json(call("GET", "/api/v1/kiosk/target?phone=0111&code=" + code.toLowerCase(), HONG_GAI_KIOSK, null)
                        .body());
        assertThat(target.get("dossierCode").asString()).isEqualTo(code);
        assertThat(target.get("procedureName").asString()).isEqualTo("Đăng ký khai sinh");

        HttpResponse<String> first =
                call("POST", "/api/v1/ratings", null, rating(HONG_GAI_KIOSK, typed(code), "kiosk-key-0001", "5,4"));
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> repeat =
                call("POST", "/api/v1/ratings", null, rating(HONG_GAI_KIOSK, typed(code), "kiosk-key-0001", "5,4"));
        assertThat(json(repeat.body()).get("id").asLong())
                .isEqualTo(json(first.body()).get("id").asLong());
        HttpResponse<String> second =
                call("POST", "/api/v1/ratings", null, rating(HONG_GAI_KIOSK, typed(code), "kiosk-key-0002", "1,1"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(call("GET", "/api/v1/kiosk/target?phone=0111&code=" + code, HONG_GAI_KIOSK, null)
                        .statusCode())
                .isEqualTo(409);

        HttpResponse<String> byOfficer = call(
                "POST",
                "/api/v1/ratings",
                null,
                rating(HONG_GAI_KIOSK, "\"officerId\": " + officer, "kiosk-key-0003", "4,5"));
        assertThat(byOfficer.statusCode()).isEqualTo(201);
        long officerRating = json(byOfficer.body()).get("id").asLong();
        assertThat(jdbc.sql(
                                "select count(*) from rating where id = :id and dossier_id is null and officer_id = :o and channel = 'KIOSK' and device_id is not null and desk_id is not null")
                        .param("id", officerRating)
                        .param("o", officer)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String elsewhere = newDossier("22-06688", "halong.motcua");
        HttpResponse<String> notHere = call(
                "POST", "/api/v1/ratings", null, rating(HONG_GAI_KIOSK, typed(elsewhere), "kiosk-key-0004", "5,5"));
        assertThat(notHere.statusCode()).isEqualTo(404);
        assertThat(json(notHere.body()).get("detail").asString())
                .contains("Không tìm thấy hồ sơ " + elsewhere + " tại cơ quan này");
        long otherOfficer = json(call("GET", "/api/v1/kiosk/config", HA_LONG_KIOSK, null)
                        .body())
                .get("officers")
                .get(0)
                .get("id")
                .asLong();
        assertThat(call(
                                "POST",
                                "/api/v1/ratings",
                                null,
                                rating(HONG_GAI_KIOSK, "\"officerId\": " + otherOfficer, "kiosk-key-0005", "5,5"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(
                                "POST",
                                "/api/v1/ratings",
                                null,
                                rating(HONG_GAI_KIOSK, "\"comment\": \"x\"", "kiosk-key-0006", "5,5"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aTypedDossierCodeNeedsTheLastDigitsOfThePhoneAndTheScannedReceiptNeedsNone() throws Exception {
        String code = newDossier("22-06685", "honggai.motcua");
        HttpResponse<String> bare = call(
                "POST",
                "/api/v1/ratings",
                null,
                rating(HONG_GAI_KIOSK, "\"dossierCode\": \"" + code + "\"", "kiosk-bare-0001", "5,5"));
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(json(bare.body()).get("detail").asString()).contains("4 số cuối số điện thoại");
        HttpResponse<String> wrong = call(
                "POST",
                "/api/v1/ratings",
                null,
                rating(
                        HONG_GAI_KIOSK,
                        "\"dossierCode\": \"" + code + "\", \"phoneLastDigits\": \"9999\"",
                        "kiosk-bare-0002",
                        "5,5"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(json(wrong.body()).get("detail").asString()).contains("không khớp");
        assertThat(call("GET", "/api/v1/kiosk/target?code=" + code, HONG_GAI_KIOSK, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/kiosk/target?phone=1234&code=" + code, HONG_GAI_KIOSK, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from rating r join dossier d on d.id = r.dossier_id where d.code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .isZero();

        String token = jdbc.sql(
                        "select t.token from rating_token t join dossier d on d.id = t.dossier_id where d.code = :c")
                .param("c", code)
                .query(String.class)
                .single();
        assertThat(json(call("GET", "/api/v1/kiosk/target?token=" + token, HONG_GAI_KIOSK, null)
                                .body())
                        .get("dossierCode")
                        .asString())
                .isEqualTo(code);
        HttpResponse<String> scanned = call(
                "POST",
                "/api/v1/ratings",
                null,
                rating(HONG_GAI_KIOSK, "\"token\": \"" + token + "\"", "kiosk-scan-0001", "5,4"));
        assertThat(scanned.statusCode()).isEqualTo(201);
    }

    @Test
    void threeLevelDeviceStoresFiveFourTwo() throws Exception {
        JsonNode config =
                json(call("GET", "/api/v1/kiosk/config", HA_LONG_KIOSK, null).body());
        assertThat(config.get("instrument").asString()).isEqualTo("THREE_LEVEL");
        assertThat(config.get("scale").toString()).isEqualTo("[5,4,2]");
        String code = newDossier("22-06688", "halong.motcua");
        HttpResponse<String> three =
                call("POST", "/api/v1/ratings", null, rating(HA_LONG_KIOSK, typed(code), "kiosk-3lv-0001", "5,3"));
        assertThat(three.statusCode()).isEqualTo(400);
        assertThat(json(three.body()).get("detail").asString()).contains("thiết bị 3 mức");
        HttpResponse<String> ok =
                call("POST", "/api/v1/ratings", null, rating(HA_LONG_KIOSK, typed(code), "kiosk-3lv-0002", "5,2"));
        assertThat(ok.statusCode()).isEqualTo(201);
        long id = json(ok.body()).get("id").asLong();
        // at reception the kiosk asks the reception's items: an answer about the result (from a kiosk that was
        // offline and could not know the moment) is left out
        assertThat(jdbc.sql("select item_code from rating_answer where rating_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("CONDUCT");
        assertThat(jdbc.sql("select instrument from rating where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("THREE_LEVEL");
        assertThat(jdbc.sql("select low from rating where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void sameKeyAtTheSameInstantIsStoredOnce() throws Exception {
        String code = newDossier("22-06685", "honggai.motcua");
        String body = rating(HONG_GAI_KIOSK, typed(code), "kiosk-race-0001", "5,5");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return call("POST", "/api/v1/ratings", null, body);
            }));
        }
        go.countDown();
        List<Long> ids = new ArrayList<>();
        for (var f : answers) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            ids.add(json(r.body()).get("id").asLong());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.sql("select count(*) from rating where idempotency_key = 'kiosk-race-0001'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void administratorRegistersAndRevokes() throws Exception {
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String page = admin.get("/quan-tri/thiet-bi").body();
        assertThat(page).contains("Thiết bị đánh giá tại quầy", "Máy tính bảng quầy số 1");
        Matcher desk = Pattern.compile("<option value=\"(\\d+)\">[^<]*Hồng Gai[^<]*</option>")
                .matcher(page);
        assertThat(desk.find()).isTrue();
        admin.postForm(
                "/quan-tri/thiet-bi",
                "deskId=" + desk.group(1) + "&name=" + URLEncoder.encode("Máy số 2", StandardCharsets.UTF_8)
                        + "&instrument=FIVE_LEVEL&_csrf="
                        + URLEncoder.encode(Browser.csrf(page), StandardCharsets.UTF_8));
        String shown = admin.get("/quan-tri/thiet-bi").body();
        Matcher link = Pattern.compile("/kiosk#device=([A-Za-z0-9_-]+)").matcher(shown);
        assertThat(link.find()).isTrue();
        String secret = link.group(1);
        assertThat(admin.get("/quan-tri/thiet-bi").body()).doesNotContain(secret);
        assertThat(call("GET", "/api/v1/kiosk/config", secret, null).statusCode())
                .isEqualTo(200);

        long id = jdbc.sql("select id from kiosk_device where name = 'Máy số 2'")
                .query(Long.class)
                .single();
        String again = admin.get("/quan-tri/thiet-bi").body();
        admin.postForm(
                "/quan-tri/thiet-bi/" + id + "/thu-hoi",
                "_csrf=" + URLEncoder.encode(Browser.csrf(again), StandardCharsets.UTF_8));
        assertThat(call("GET", "/api/v1/kiosk/config", secret, null).statusCode())
                .isEqualTo(403);

        Browser officer = browser();
        officer.signIn("honggai.motcua", "hailong-demo");
        assertThat(officer.get("/quan-tri/thiet-bi").statusCode()).isEqualTo(403);
    }
}
