package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** A case from the public API through the staff's steps to the citizen's verdict, and what the public may see of it. */
class FeedbackFlowTest extends AppTest {

    static final String PASSWORD = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    long hongGai() {
        return agencies.byCode("22-06685").orElseThrow().id();
    }

    HttpResponse<String> submit(String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feedback"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    String submitted(String body) throws Exception {
        HttpResponse<String> r = submit(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("trackingCode").asString();
    }

    long idOf(String code) {
        return jdbc.sql("select id from feedback_case where tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    JsonNode act(long id, String action, String body, String user) {
        HttpResponse<String> r = browser().postJson("/api/v1/feedback/" + id + "/" + action, body, user, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    @Test
    void aCaseIsAnsweredRatedNotSatisfiedAndReopened() throws Exception {
        String code = submitted("""
                {"category": "COMPLAINT", "agencyId": %d, "text": "Tôi phải chờ lâu gần hai tiếng ở quầy số 2.",
                 "name": "Đỗ Văn Khải", "phone": "0912 345 678"}""".formatted(hongGai()));
        assertThat(code).matches("GY-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        Browser anyone = browser();
        String status = anyone.get("/api/v1/feedback/" + code).body();
        assertThat(json(status).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(json(status).get("agencyName").asString()).isEqualTo("Ủy ban nhân dân Phường Hồng Gai");
        assertThat(status).doesNotContain("0912345678", "Đỗ Văn Khải", "chờ lâu");

        long id = idOf(code);
        JsonNode mine = find(
                anyone.get("/api/v1/feedback?agency=" + hongGai() + "&status=RECEIVED", "honggai.lanhdao", PASSWORD)
                        .body(),
                id);
        assertThat(mine.get("contactPhone").asString()).isEqualTo("0912345678");
        assertThat(mine.get("dueAt").asString()).isNotBlank();
        JsonNode province = find(
                anyone.get("/api/v1/feedback?status=RECEIVED", "quangninh", PASSWORD)
                        .body(),
                id);
        assertThat(province.get("contactPhone").isNull()).isTrue();
        assertThat(find(
                        anyone.get("/api/v1/feedback", "halong.motcua", PASSWORD)
                                .body(),
                        id))
                .as("another commune")
                .isNull();
        assertThat(anyone.get("/api/v1/feedback").statusCode()).isEqualTo(401);

        assertThat(act(id, "accept", "{}", "honggai.motcua").get("status").asString())
                .isEqualTo("ACCEPTED");
        HttpResponse<String> publish =
                anyone.postJson("/api/v1/feedback/" + id + "/publish", "{}", "honggai.motcua", PASSWORD);
        assertThat(json(publish.body()).get("detail").asString()).contains("Chỉ lãnh đạo đơn vị");
        assertThat(anyone.postJson("/api/v1/feedback/" + id + "/answer", "{}", "honggai.motcua", PASSWORD)
                        .statusCode())
                .isEqualTo(400);
        act(id, "answer", """
                {"text": "UBND phường đã bố trí thêm một quầy tiếp nhận vào buổi sáng. Xin lỗi Ông vì sự bất tiện."}""", "honggai.motcua");
        assertThat(json(anyone.get("/api/v1/feedback/" + code).body())
                        .get("answer")
                        .asString())
                .contains("thêm một quầy");

        // (by SMS: an e-mail left in the shared outbox would reach another test's mailbox)
        String mail = jdbc.sql(
                        "select body from outbox_message where recipient = '0912345678' and channel = 'SMS' order by id desc fetch first 1 rows only")
                .query(String.class)
                .single();
        assertThat(mail).contains("thêm một quầy", "/gop-y/danh-gia/");
        String link = mail.substring(mail.indexOf("/gop-y/danh-gia/")).trim();
        assertThat(anyone.get(link).body()).contains("Ông/Bà có hài lòng với trả lời?");
        HttpResponse<String> verdict = anyone.postForm(link, "satisfied=false");
        assertThat(verdict.statusCode()).isEqualTo(302);
        JsonNode after = json(anyone.get("/api/v1/feedback/" + code).body());
        assertThat(after.get("status").asString()).as("reopened").isEqualTo("ASSIGNED");
        assertThat(after.get("steps").toString()).contains("NOT_SATISFIED", "REOPEN");
        assertThat(anyone.postForm(link, "satisfied=true").statusCode())
                .as("one verdict per answer")
                .isEqualTo(409);
    }

    @Test
    void anAnonymousCaseNeverLeaksAContact() throws Exception {
        String code = submitted("""
                {"category": "PETITION", "agencyId": %d, "text": "Kiến nghị giảm phí chứng thực. Ai cần hỏi thêm gọi 0987 654 321 hoặc thư an.danh@example.vn"}""".formatted(hongGai()));
        long id = idOf(code);
        Browser anyone = browser();
        String api = anyone.get("/api/v1/feedback/" + code).body();
        String page = anyone.get("/gop-y/" + code).body();
        for (String shown : new String[] {api, page}) {
            assertThat(shown).contains(code).doesNotContain("0987", "an.danh@example.vn", "giảm phí");
        }
        JsonNode staff = find(
                anyone.get("/api/v1/feedback?agency=" + hongGai(), "honggai.lanhdao", PASSWORD)
                        .body(),
                id);
        assertThat(staff.get("contactPhone").isNull()
                        && staff.get("contactEmail").isNull())
                .isTrue();
        act(id, "accept", "{}", "honggai.lanhdao");
        HttpResponse<String> ask = anyone.postJson(
                "/api/v1/feedback/" + id + "/request-info",
                "{\"text\": \"Cho biết thêm số hồ sơ\"}",
                "honggai.lanhdao",
                PASSWORD);
        assertThat(json(ask.body()).get("detail").asString()).contains("ẩn danh");
        act(id, "answer", "{\"text\": \"Kiến nghị đã được chuyển Sở Tài chính xem xét.\"}", "honggai.lanhdao");
        act(id, "publish", "{}", "honggai.lanhdao");
        String published = anyone.get("/cong-khai/gop-y").body();
        assertThat(published)
                .contains("Kiến nghị giảm phí chứng thực", "chuyển Sở Tài chính")
                .doesNotContain("0987 654 321", "an.danh@example.vn");
        assertThat(jdbc.sql("select count(*) from outbox_message where body like :c")
                        .param("c", "%" + code + "%")
                        .query(Long.class)
                        .single())
                .as("nothing is sent for an anonymous case")
                .isZero();
    }

    /**
     * Without the citizen's consent the public page shows no name, phone or e-mail, in the question or the
     * answer; staff publish a redacted answer (the address removed) while the original is kept, and audited.
     */
    @Test
    void publishedAnswersCarryNoPersonalDataWithoutConsent() throws Exception {
        String code = submitted("""
                {"category": "COMPLAINT", "agencyId": %d, "text": "Tôi là Lã Thị Quyên, số 17 phố Cao Thắng: cổng phường đóng sớm.",
                 "name": "Lã Thị Quyên", "phone": "0915 246 802", "email": "quyen.la@example.vn"}""".formatted(hongGai()));
        long id = idOf(code);
        act(id, "accept", "{}", "honggai.lanhdao");
        String original =
                "Kính gửi bà Lã Thị Quyên (số 17 phố Cao Thắng, ĐT 0915246802): từ tuần sau cổng phường mở đến 17 giờ.";
        act(id, "answer", "{\"text\": \"" + original + "\"}", "honggai.lanhdao");
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PASSWORD);
        String page = leader.get("/phan-anh/" + id).body();
        assertThat(page)
                .contains(
                        "Người dân không đồng ý công khai thông tin cá nhân",
                        "name=\"publicAnswer\"",
                        "Kính gửi bà *** (số 17 phố Cao Thắng, ĐT ***)",
                        "Tôi là ***, số 17 phố Cao Thắng");
        leader.postForm(
                "/phan-anh/" + id + "/publish",
                "text=" + enc("Phản ánh: cổng phường đóng sớm (số 17 phố Cao Thắng).")
                        + "&publicAnswer="
                        + enc("Kính gửi bà Lã Thị Quyên: từ tuần sau cổng phường mở đến 17 giờ. Liên hệ 0915 246 802.")
                        + "&_csrf=" + enc(Browser.csrf(page)));

        String published = browser().get("/cong-khai/gop-y").body();
        assertThat(published)
                .contains("cổng phường mở đến 17 giờ", "cổng phường đóng sớm")
                .doesNotContain(
                        "Lã Thị Quyên", "0915 246 802", "0915246802", "quyen.la@example.vn", "phố Cao Thắng, ĐT");
        var stored = jdbc.sql("select answer, public_answer, publish_consent from feedback_case where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(stored.get("answer")).as("the original answer is kept").isEqualTo(original);
        assertThat((String) stored.get("public_answer")).startsWith("Kính gửi bà ***: từ tuần sau");
        assertThat(stored.get("publish_consent")).isEqualTo(false);
        assertThat(jdbc.sql(
                                "select after_value from audit_log where entity = 'feedback_case' and entity_id = :id and action = 'PUBLIC_VERSION'")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .contains("answerRedacted", "từ tuần sau");
    }

    /** The consent box on the public form is stored with the case; only then is the citizen's name published. */
    @Test
    void theCitizensConsentOnThePublicFormLetsTheNameBePublished() throws Exception {
        assertThat(browser().get("/gop-y").body()).contains("name=\"publishConsent\"", "Tôi đồng ý công khai");
        String text = "Cảm ơn cán bộ Phường Hồng Gai, tôi là Mạc Văn Tuấn đã được hướng dẫn tận tình "
                + java.util.UUID.randomUUID();
        HttpResponse<String> sent = browser()
                .postForm(
                        "/gop-y",
                        "category=PRAISE&agency=" + enc("Ủy ban nhân dân Phường Hồng Gai") + "&text=" + enc(text)
                                + "&name=" + enc("Mạc Văn Tuấn") + "&phone=0915000333&publishConsent=true");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String code = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/gop-y/([A-Z0-9-]+).*", "$1");
        long id = idOf(code);
        assertThat(jdbc.sql("select publish_consent from feedback_case where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        act(id, "accept", "{}", "honggai.lanhdao");
        act(id, "answer", "{\"text\": \"Cảm ơn ông Mạc Văn Tuấn đã ghi nhận.\"}", "honggai.lanhdao");
        act(id, "publish", "{}", "honggai.lanhdao");
        assertThat(browser().get("/cong-khai/gop-y").body())
                .contains("Cảm ơn ông Mạc Văn Tuấn đã ghi nhận.", "tôi là Mạc Văn Tuấn");
    }

    @Test
    void aLowRatingOpensACaseWithTheApplicantsContact() throws Exception {
        String url = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Mai Thị Nga", "applicantPhone": "0977001122"}""".formatted(hongGai()), "honggai.motcua", PASSWORD)
                        .body())
                .get("ratingUrl")
                .asString();
        String token = url.substring(url.lastIndexOf('/') + 1);
        HttpResponse<String> rated = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ratings"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"token": "%s", "idempotencyKey": "fb-low-0001", "comment": "Cán bộ thái độ cáu gắt",
                         "answers": [{"item": "CONDUCT", "score": 1}]}""".formatted(token)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(rated.statusCode()).isEqualTo(201);
        long rating = json(rated.body()).get("id").asLong();
        var row = jdbc.sql("select channel, status, contact_phone, category from feedback_case where rating_id = :r")
                .param("r", rating)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("channel", "RATING")
                .containsEntry("status", "ACCEPTED")
                .containsEntry("contact_phone", "0977001122");
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PASSWORD);
        assertThat(leader.get("/phan-anh?channel=RATING").body()).contains("Cán bộ thái độ cáu gắt");
        var old = leader.get("/danh-gia-thap");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/phan-anh?channel=RATING");
    }

    @Test
    void theCitizenAddsTheInformationAskedForOnTheStatusPage() throws Exception {
        String code = submitted("""
                {"category": "COMPLAINT", "agencyId": %d, "text": "Hồ sơ đất đai của tôi trễ hẹn đã hai tuần.", "phone": "0905111222"}""".formatted(hongGai()));
        long id = idOf(code);
        act(id, "assign", "{\"officer\": \"Công chức Địa chính - Xây dựng\"}", "honggai.lanhdao");
        act(id, "request-info", "{\"text\": \"Đề nghị cho biết mã hồ sơ ghi trên giấy hẹn.\"}", "honggai.motcua");
        assertThat(jdbc.sql(
                                "select count(*) from outbox_message where recipient = '0905111222' and body like '%mã hồ sơ ghi trên giấy hẹn%'")
                        .query(Long.class)
                        .single())
                .as("asked by SMS")
                .isEqualTo(1);
        Browser citizen = browser();
        String page = citizen.get("/gop-y/" + code).body();
        assertThat(page)
                .contains(
                        "Chờ người gửi bổ sung thông tin", "Đề nghị cho biết mã hồ sơ ghi trên giấy hẹn.", "/bo-sung");
        assertThat(citizen.postForm("/gop-y/" + code + "/bo-sung", "info=" + enc("Mã hồ sơ 000.00.22.H41-261001-0012"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(citizen.get("/gop-y/" + code).body())
                .contains("Đã gửi thông tin bổ sung", "Đang xử lý")
                .doesNotContain("000.00.22.H41");
        JsonNode staff = find(
                citizen.get("/api/v1/feedback?agency=" + hongGai(), "honggai.motcua", PASSWORD)
                        .body(),
                id);
        assertThat(staff.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(staff.get("citizenInfo").asString()).contains("000.00.22.H41-261001-0012");
        assertThat(staff.get("assignedOfficer").asString()).isEqualTo("Công chức Địa chính - Xây dựng");
    }

    @Test
    void staffKeyInAHotlineCall() {
        Browser officer = browser();
        officer.signIn("honggai.motcua", PASSWORD);
        String form = officer.get("/phan-anh/nhap").body();
        assertThat(form).contains("Hòm thư góp ý", "Đường dây nóng", "Hội nghị đối thoại");
        HttpResponse<String> saved = officer.postForm(
                "/phan-anh/nhap",
                "channel=HOTLINE&category=PETITION&agencyId=" + hongGai() + "&text="
                        + enc("Ông Tư gọi đường dây nóng kiến nghị mở thêm quầy buổi chiều.") + "&_csrf="
                        + enc(Browser.csrf(form)));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = officer.get(
                        saved.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
                .body();
        assertThat(page)
                .contains("Đường dây nóng", "Ông Tư gọi đường dây nóng", "Thụ lý hoặc từ chối (2 ngày)", "Ẩn danh");
        long other = agencies.byCode("22-06688").orElseThrow().id();
        String refused = officer.postForm(
                        "/phan-anh/nhap",
                        "channel=BOX&category=SUGGESTION&agencyId=" + other + "&text="
                                + enc("Góp ý cho một phường khác ngoài phạm vi.") + "&_csrf=" + enc(Browser.csrf(form)))
                .body();
        assertThat(refused).contains("Không tìm thấy cơ quan");
    }

    static JsonNode find(String list, long id) {
        for (JsonNode c :
                new tools.jackson.databind.ObjectMapper().readTree(list).get("items")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        return null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
