package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The dossier lifecycle through the integration API, as the province's one-stop software uses it. */
class DossierLifecycleTest extends AppTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final String OFFICER = "honggai.motcua";
    static final String PASSWORD = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    SupplementDeadline deadline;

    Browser api;
    long hongGai;

    @BeforeEach
    void setUp() {
        api = browser();
        hongGai = agencies.byCode("22-06685").orElseThrow().id();
    }

    JsonNode receive(String procedure, String receivedAt) {
        HttpResponse<String> r =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "%s", "channel": "IN_PERSON", "applicantName": "Nguyễn Thị Mai",
                 "applicantPhone": "0912345678", "applicantAddress": "Tổ 5, khu 3, phường Hồng Gai",
                 "documents": [{"name": "Tờ khai đăng ký khai sinh", "form": "ORIGINAL", "count": 1}],
                 "receivedAt": "%s"}""".formatted(hongGai, procedure, receivedAt), OFFICER, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body());
    }

    HttpResponse<String> event(String code, String body) {
        return api.postJson("/api/v1/dossiers/" + code + "/events", body, OFFICER, PASSWORD);
    }

    @Test
    void receiveHandOverResolveReturnEarly() {
        JsonNode d = receive("HT-001", "2026-02-13T10:00:00");
        String code = d.get("code").asString();
        assertThat(code).matches("22-06685-260213-\\d{4}");
        assertThat(d.get("dueAt").asString()).as("Tết 16–20/2 skipped").isEqualTo("2026-02-23T17:30:00");
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("statusCode").asInt()).isEqualTo(2);
        assertThat(d.get("timeliness").asString()).isEqualTo("PENDING");
        assertThat(d.get("ratingUrl").asString()).matches("http://localhost:8080/r/[A-Za-z0-9_-]{24}");

        assertThat(event(code, """
                {"eventId": "e1", "type": "HANDED_OVER", "at": "2026-02-13T10:30:00", "agencyId": %d, "allottedDays": 1}""".formatted(hongGai)).statusCode()).isEqualTo(200);
        JsonNode resolved = json(event(code, """
                {"eventId": "e2", "type": "RESOLVED", "at": "2026-02-13T16:00:00"}""").body());
        assertThat(resolved.get("timeliness").asString()).isEqualTo("EARLY");
        assertThat(resolved.get("steps").get(0).get("timeliness").asString()).isEqualTo("EARLY");
        JsonNode returned = json(event(code, """
                {"eventId": "e3", "type": "RETURNED", "at": "2026-02-23T08:00:00"}""").body());
        assertThat(returned.get("statusCode").asInt()).isEqualTo(10);

        HttpResponse<String> again = event(code, """
                {"eventId": "e3", "type": "RETURNED", "at": "2026-02-23T08:00:00"}""");
        assertThat(again.statusCode()).as("idempotent").isEqualTo(200);
        assertThat(jdbc.sql(
                                "select body from outbox_message where channel = 'SMS' and recipient = '0912345678' and body like :c")
                        .param("c", "%" + code + "%")
                        .query(String.class)
                        .list())
                .as("one rating invitation at result return, not two")
                .singleElement()
                .asString()
                .contains("Mời Ông/Bà đánh giá sự hài lòng: http://localhost:8080/r/")
                .as("the return invites to rate the result, by a link of its own (the receipt's rates the reception)")
                .doesNotContain(d.get("ratingUrl").asString());
        assertThat(json(again.body()).get("events").size()).isEqualTo(4);
        HttpResponse<String> reused = event(code, """
                {"eventId": "e3", "type": "WITHDRAWN"}""");
        assertThat(reused.statusCode()).isEqualTo(409);
        HttpResponse<String> closed = event(code, """
                {"eventId": "e4", "type": "WITHDRAWN"}""");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(json(closed.body()).get("detail").asString()).contains("đã kết thúc", "Đã trả kết quả");
    }

    @Test
    void invalidEventsGetClearMessages() {
        String code = receive("HT-001", "2026-03-02T09:00:00").get("code").asString();
        HttpResponse<String> early = event(code, """
                {"eventId": "x1", "type": "RETURNED", "at": "2026-03-02T10:00:00"}""");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(early.body()).get("detail").asString())
                .isEqualTo("Không thể ghi “Trả kết quả” khi hồ sơ đang ở trạng thái “Đã tiếp nhận”.");
        HttpResponse<String> backwards = event(code, """
                {"eventId": "x2", "type": "RESOLVED", "at": "2026-03-01T10:00:00"}""");
        assertThat(backwards.statusCode()).isEqualTo(400);
        HttpResponse<String> noReason = event(code, """
                {"eventId": "x3", "type": "REFUSED", "at": "2026-03-02T10:00:00"}""");
        assertThat(json(noReason.body()).get("detail").asString()).isEqualTo("Cần ghi rõ lý do.");
        HttpResponse<String> badType = event(code, """
                {"eventId": "x4", "type": "DANCED"}""");
        assertThat(badType.statusCode()).isEqualTo(400);
        HttpResponse<String> missing =
                api.postJson("/api/v1/dossiers", "{\"agencyId\": " + hongGai + "}", OFFICER, PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).get("detail").asString()).contains("applicantName", "procedureCode");
    }

    /**
     * Decree 118/2025 Art. 19(5): "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ". Received Mon 09/02,
     * 3 working days; the complete dossier comes Fri 13/02, so the 3 days run again from there, past Tết (16–20/02):
     * 23, 24, 25/02. (Pausing the clock, the 2018 way, would have given 24/02.)
     */
    @Test
    void aCompleteSupplementRestartsTheProcessingTimeAcrossTết() {
        JsonNode d = receive("HT-008", "2026-02-09T09:00:00");
        String code = d.get("code").asString();
        assertThat(d.get("dueAt").asString()).isEqualTo("2026-02-12T17:30:00");
        JsonNode asked = json(event(code, """
                {"eventId": "s1", "type": "SUPPLEMENT_REQUESTED", "at": "2026-02-10T10:00:00", "note": "Thiếu giấy tờ tùy thân"}""").body());
        assertThat(asked.get("flags").size())
                .as("asked on the first working day")
                .isZero();
        JsonNode resumed = json(event(code, """
                {"eventId": "s2", "type": "SUPPLEMENT_RECEIVED", "at": "2026-02-13T10:00:00"}""").body());
        assertThat(resumed.get("dueAt").asString()).isEqualTo("2026-02-25T17:30:00");
        assertThat(resumed.get("originalDueAt").asString())
                .as("the new statutory due date")
                .isEqualTo("2026-02-25T17:30:00");
        assertThat(resumed.get("supplementCount").asInt()).isEqualTo(1);
        JsonNode resolved = json(event(code, """
                {"eventId": "s3", "type": "RESOLVED", "at": "2026-02-25T11:00:00"}""").body());
        assertThat(resolved.get("timeliness").asString()).isEqualTo("ON_TIME");
    }

    /** Art. 19(5): a supplement is asked within 3 working days of receipt; guidance is given once (Art. 11(2)(c)). */
    @Test
    void aSupplementAskedLateOrTwiceIsFlaggedButStillAsked() {
        String inTime = receive("HT-008", "2026-03-02T09:00:00").get("code").asString();
        JsonNode third = json(event(inTime, """
                {"eventId": "s1", "type": "SUPPLEMENT_REQUESTED", "at": "2026-03-05T16:00:00", "note": "Thiếu tờ khai"}""").body());
        assertThat(third.get("flags").size())
                .as("Thu 05/03 is the third working day after Mon 02/03")
                .isZero();

        String late = receive("HT-008", "2026-03-02T09:00:00").get("code").asString();
        HttpResponse<String> fourth = event(late, """
                {"eventId": "s1", "type": "SUPPLEMENT_REQUESTED", "at": "2026-03-06T08:00:00", "note": "Thiếu tờ khai"}""");
        assertThat(fourth.statusCode()).isEqualTo(200);
        assertThat(json(fourth.body()).get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(json(fourth.body()).get("flags").toString()).isEqualTo("[\"SUPPLEMENT_REQUEST_LATE\"]");
        event(late, """
                {"eventId": "s2", "type": "SUPPLEMENT_RECEIVED", "at": "2026-03-09T09:00:00"}""");
        JsonNode again = json(event(late, """
                {"eventId": "s3", "type": "SUPPLEMENT_REQUESTED", "at": "2026-03-09T10:00:00", "note": "Thiếu bản sao"}""").body());
        assertThat(again.get("flags").toString())
                .isEqualTo("[\"SUPPLEMENT_REQUEST_LATE\",\"SECOND_SUPPLEMENT_REQUEST\"]");
        Browser desk = browser();
        desk.signIn(OFFICER, PASSWORD);
        assertThat(desk.get("/ho-so/" + late).body())
                .as("shown on the dossier's page")
                .contains("Vi phạm quy định về thời hạn", "Yêu cầu bổ sung hồ sơ lần thứ hai");
    }

    /** Art. 19(6): the apology and extension request goes out at the latest one day before the due date (Thu 05/03). */
    @Test
    void anApologyOnTheDayBeforeIsInTimeOnTheDueDateItIsFlaggedButSent() {
        String dMinus1 = receive("HT-008", "2026-03-02T09:00:00").get("code").asString();
        JsonNode inTime = json(event(dMinus1, """
                {"eventId": "a1", "type": "EXTENDED", "at": "2026-03-04T16:30:00", "newDueAt": "2026-03-10T17:30:00",
                 "note": "Cần xác minh thông tin tại nơi cư trú trước đây"}""").body());
        assertThat(inTime.get("dueAt").asString()).isEqualTo("2026-03-10T17:30:00");
        assertThat(inTime.get("flags").size()).isZero();

        String onD = receive("HT-008", "2026-03-02T09:00:00").get("code").asString();
        HttpResponse<String> late = event(onD, """
                {"eventId": "a1", "type": "EXTENDED", "at": "2026-03-05T08:00:00", "newDueAt": "2026-03-10T17:30:00",
                 "note": "Cần xác minh thông tin tại nơi cư trú trước đây"}""");
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(json(late.body()).get("dueAt").asString())
                .as("still extended")
                .isEqualTo("2026-03-10T17:30:00");
        assertThat(json(late.body()).get("flags").toString()).isEqualTo("[\"APOLOGY_LATE\"]");

        // counted in the unit's report of the month
        Browser leader = browser();
        leader.signIn("quangninh", PASSWORD);
        String report = leader.get("/bao-cao/don-vi/22-06685?period=2026-03").body();
        String card = report.substring(report.indexOf("id=\"dossier-flags\""));
        assertThat(card.substring(0, card.indexOf("</div>")))
                .contains("Văn bản xin lỗi, đề nghị gia hạn gửi muộn hơn 01 ngày trước ngày hết hạn")
                .containsPattern("<b>[1-9][0-9]*</b>\\s*<span>Văn bản xin lỗi");
    }

    /**
     * Art. 19(5): 15 days after the notice without the supplement, the dossier is closed (STOPPED, form 05). A notice
     * of 15 days ago still has today; one of 16 days ago is closed.
     */
    @Test
    void aDossierWithoutItsSupplementIsClosedAfterFifteenDays() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        String expired =
                receive("HT-008", today.minusDays(20) + "T09:00:00").get("code").asString();
        event(expired, """
                {"eventId": "s1", "type": "SUPPLEMENT_REQUESTED", "at": "%sT10:00:00", "note": "Thiếu tờ khai"}""".formatted(today.minusDays(16)));
        String waiting =
                receive("HT-008", today.minusDays(20) + "T09:00:00").get("code").asString();
        event(waiting, """
                {"eventId": "s1", "type": "SUPPLEMENT_REQUESTED", "at": "%sT16:00:00", "note": "Thiếu tờ khai"}""".formatted(today.minusDays(15)));

        java.util.List<String> closed = vn.hailong.access.SystemActor.call("test", deadline::closeExpired);

        assertThat(closed).contains(expired).doesNotContain(waiting);
        JsonNode stopped =
                json(api.get("/api/v1/dossiers/" + expired, OFFICER, PASSWORD).body());
        assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.get("statusCode").asInt()).isEqualTo(8);
        assertThat(json(api.get("/api/v1/dossiers/" + waiting, OFFICER, PASSWORD)
                                .body())
                        .get("status")
                        .asString())
                .isEqualTo("SUPPLEMENT_REQUESTED");
        HttpResponse<byte[]> notice = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/v1/dossiers/" + expired + "/forms/05.pdf"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((OFFICER + ":" + PASSWORD).getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(notice.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(notice.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(
                            "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                            "Lý do dừng giải quyết: Quá 15 ngày kể từ khi thông báo",
                            "khoản 5 Điều 19 Nghị định số 118/2025/NĐ-CP");
        }
    }

    /**
     * Art. 17(2)(c): an online dossier is accepted or sent back within 8 working hours of reaching the system. Submitted
     * Mon 02/03 16:00: 1.5 h that day, 4 h on Tuesday morning, 2.5 h after lunch: the limit is Tue 03/03 16:00.
     */
    @Test
    void anOnlineDossierAcceptedAfterEightWorkingHoursIsFlagged() {
        String body = """
                {"agencyId": %d, "procedureCode": "HT-001", "channel": "ONLINE", "applicantName": "Vũ Thị Lan",
                 "submittedAt": "2026-03-02T16:00:00", "receivedAt": "%s"}""";
        JsonNode inTime =
                json(api.postJson("/api/v1/dossiers", body.formatted(hongGai, "2026-03-03T15:55:00"), OFFICER, PASSWORD)
                        .body());
        assertThat(inTime.get("flags").size()).isZero();
        JsonNode late =
                json(api.postJson("/api/v1/dossiers", body.formatted(hongGai, "2026-03-03T16:05:00"), OFFICER, PASSWORD)
                        .body());
        assertThat(late.get("flags").toString()).isEqualTo("[\"ONLINE_RECEPTION_LATE\"]");
        HttpResponse<String> backwards =
                api.postJson("/api/v1/dossiers", body.formatted(hongGai, "2026-03-02T15:00:00"), OFFICER, PASSWORD);
        assertThat(backwards.statusCode()).isEqualTo(400);
    }

    @Test
    void lateStaysLateAfterOneApology() {
        String code = receive("HT-008", "2026-03-02T09:00:00").get("code").asString();
        HttpResponse<String> extended = event(code, """
                {"eventId": "a1", "type": "EXTENDED", "at": "2026-03-05T09:00:00", "newDueAt": "2026-03-09T17:30:00",
                 "note": "Cần xác minh thông tin tại nơi cư trú trước đây"}""");
        assertThat(json(extended.body()).get("dueAt").asString()).isEqualTo("2026-03-09T17:30:00");
        HttpResponse<String> twice = event(code, """
                {"eventId": "a2", "type": "EXTENDED", "at": "2026-03-06T09:00:00", "newDueAt": "2026-03-12T17:30:00", "note": "x"}""");
        assertThat(json(twice.body()).get("detail").asString()).contains("đã được gia hạn một lần");
        JsonNode resolved =
                json(event(code, "{\"eventId\": \"a3\", \"type\": \"RESOLVED\", \"at\": \"2026-03-09T10:00:00\"}")
                        .body());
        assertThat(resolved.get("timeliness").asString()).isEqualTo("LATE");
        assertThat(resolved.get("originalDueAt").asString()).isEqualTo("2026-03-05T17:30:00");
    }

    @Test
    void scopeAndPersonalData() {
        String code = receive("HT-001", "2026-03-02T09:00:00").get("code").asString();
        assertThat(api.get("/api/v1/dossiers/" + code, "halong.motcua", PASSWORD)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> foreign =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Trần Văn B"}""".formatted(hongGai), "halong.motcua", PASSWORD);
        assertThat(foreign.statusCode()).isEqualTo(404);
        JsonNode own =
                json(api.get("/api/v1/dossiers/" + code, OFFICER, PASSWORD).body());
        assertThat(own.get("applicant").get("phone").asString()).isEqualTo("0912345678");
        JsonNode official =
                json(api.get("/api/v1/dossiers/" + code, "quangninh", PASSWORD).body());
        assertThat(official.get("applicant").get("name").asString()).isEqualTo("N. T. Mai");
        assertThat(official.get("applicant").get("phone").asString()).isEqualTo("***678");
        JsonNode list = json(
                api.get("/api/v1/dossiers?agency=" + hongGai + "&from=2026-03-02&to=2026-03-02", "quangninh", PASSWORD)
                        .body());
        assertThat(list.get("total").asInt()).isPositive();
        assertThat(json(api.get("/api/v1/dossiers?agency=" + hongGai, "halong.motcua", PASSWORD)
                                .body())
                        .get("total")
                        .asInt())
                .isZero();
    }
}
