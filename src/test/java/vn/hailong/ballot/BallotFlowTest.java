package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.AuditLog;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;
import vn.hailong.support.ChosenInstant;

/**
 * A box's opening through the API: tallies that do not add up are refused, the second member's check,
 * the reseal before closing, the lock after it, the amendment, the minutes and the results for the indices.
 */
class BallotFlowTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    BallotBoxes boxes;

    @Autowired
    BallotSessions sessions;

    @Autowired
    BallotResults ballotResults;

    @Autowired
    Agencies agencies;

    @Autowired
    AuditLog audit;

    @Autowired
    OpeningDays days;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String tally(int found, int valid, int invalid, int r5, String newSeal) {
        return """
                {"place": "Sảnh Trung tâm Phục vụ hành chính công Phường Hồng Gai",
                 "members": [{"role": "LEADER", "name": "Trần Văn Minh"}, {"role": "MTTQ", "name": "Nguyễn Văn Thịnh"},
                             {"role": "UNION", "name": "Vũ Thị Thu"}, {"role": "ONE_STOP", "name": "Phạm Thị Lan"},
                             {"role": "SECRETARY", "name": "Lê Thị Hoa"}],
                 "sealFound": "TEST/001", "sealIntact": true, "newSeal": %s,
                 "found": %d, "valid": %d, "invalid": %d,
                 "items": [{"item": "RESULT", "counts": [1, 2, 10, 100, %d]}, {"item": "CONDUCT", "counts": [0, 3, 7, 90, 800]}],
                 "comments": ["Cán bộ hướng dẫn tận tình.", "Đề nghị thêm ghế chờ."]}""".formatted(newSeal == null ? "null" : "\"" + newSeal + "\"", found, valid, invalid, r5);
    }

    @Test
    void demoSessionsAgreeWithTheDossiers() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser b = browser();
        JsonNode boxes = json(b.get("/api/v1/ballot/boxes?agency=" + hongGai, "honggai.thuky", PW)
                .body());
        assertThat(boxes.get("total").asInt()).isGreaterThanOrEqualTo(1);
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        JsonNode october =
                json(b.get("/api/v1/ballot/sessions?agency=" + hongGai + "&month=" + last, "honggai.thuky", PW)
                        .body());
        JsonNode s = october.get("items").get(0);
        assertThat(s.get("status").asString()).isEqualTo("CLOSED");
        assertThat(s.get("found").asInt())
                .isEqualTo(s.get("valid").asInt() + s.get("invalid").asInt());
        // province-wide, the slips found are 60–80% of the dossiers returned
        long found = 0;
        long returned = 0;
        int closed = 0;
        for (int i = 1; i <= 12; i++) {
            JsonNode month = json(b.get(
                            "/api/v1/ballot/sessions?month="
                                    + YearMonth.now(clock).minusMonths(i),
                            "quangninh",
                            PW)
                    .body());
            for (JsonNode x : month.get("items")) {
                found += x.get("found").asInt();
                returned += x.get("returnedDossiers").asInt();
                closed++;
            }
        }
        assertThat(closed).isEqualTo(54 * 12);
        assertThat((double) found / returned).isBetween(0.6, 0.8);
        // this month's opening is due (Hạ Long: the browser test carries out Hồng Gai's)
        JsonNode now =
                json(b.get("/api/v1/ballot/sessions", "halong.motcua", PW).body());
        assertThat(now.get("total").asInt()).isEqualTo(1);
        assertThat(now.get("items").get(0).get("status").asString()).isEqualTo("DUE");
        assertThat(now.get("items").get(0).get("scheduledOn").asString())
                .isEqualTo(SystemActor.call("test", () -> sessions.sessions(null, YearMonth.now(clock)))
                        .get(0)
                        .scheduledOn()
                        .toString());
        assertThat(SystemActor.call("test", () -> sessions.incidents())).hasSize(1);
        // the broken seal was flagged, and another user's scope does not see it
        assertThat(json(b.get("/api/v1/ballot/boxes", "halong.motcua", PW).body())
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(json(b.get("/api/v1/ballot/sessions?agency=" + hongGai, "halong.motcua", PW)
                                .body())
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void tallyCheckCloseAmendAndMinutes() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        long desk =
                SystemActor.call("test", () -> agencies.desks(hongGai).get(0).id());
        long box = SystemActor.call(
                "test", () -> boxes.registerBox(hongGai, desk, "Quầy thử nghiệm", "TEST/001", "thuky@honggai.example"));
        long id = SystemActor.call(
                "test",
                () -> sessions.sessions(hongGai, YearMonth.now(clock)).stream()
                        .filter(s -> s.boxId() == box)
                        .findFirst()
                        .orElseThrow()
                        .id());
        Browser b = browser();
        Browser secretary = browser();
        secretary.signIn("honggai.thuky", PW);
        String page = "/hom-phieu/phien/" + id;

        // moved, with a reason, to a working day: the reminder goes out a few working days ahead
        LocalDate sunday =
                LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        assertThat(post(secretary, page, "/doi-ngay", "day=" + sunday + "&reason=Lãnh đạo đi công tác"))
                .contains("không phải ngày làm việc");
        LocalDate soon = LocalDate.now(clock).plusDays(1);
        while (!days.isWorkingDay(soon, 0L, vn.hailong.calendar.WorkingCalendar.DEFAULT_WEEKEND)) {
            soon = soon.plusDays(1);
        }
        assertThat(post(secretary, page, "/doi-ngay", "day=" + soon + "&reason="))
                .contains("Cần ghi lý do dời lịch");
        assertThat(post(secretary, page, "/doi-ngay", "day=" + soon + "&reason=Lãnh đạo đi công tác"))
                .contains("đã dời lịch: Lãnh đạo đi công tác");
        assertThat(SystemActor.call("test", () -> sessions.remind())).isPositive();
        assertThat(SystemActor.call("test", () -> sessions.session(id)).remindedAt())
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = 'thuky@honggai.example'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(SystemActor.call("test", () -> sessions.remind())).isZero();
        String path = "/api/v1/ballot/sessions/" + id + "/tally";

        HttpResponse<String> bad = b.postJson(path, tally(1234, 1200, 30, 800, "TEST/002"), "honggai.thuky", PW);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("detail").asString()).contains("không khớp", "1.200", "1.230", "1.234");
        HttpResponse<String> over = b.postJson(path, tally(1234, 1200, 34, 2000, "TEST/002"), "honggai.thuky", PW);
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(json(over.body()).get("detail").asString())
                .contains("Kết quả giải quyết thủ tục hành chính", "vượt quá");

        // entered without the new seal: checked, but it cannot be closed
        HttpResponse<String> ok = b.postJson(path, tally(1234, 1200, 34, 1000, null), "honggai.thuky", PW);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode detail = json(ok.body());
        assertThat(detail.get("session").get("status").asString()).isEqualTo("ENTERED");
        // the paper slips of this month keyed one by one are linked to the session, with their answers
        int keyed = detail.get("session").get("keyedSlips").asInt();
        int keyedResult = 0;
        for (JsonNode n : detail.get("items").get(0).get("keyed")) {
            keyedResult += n.asInt();
        }
        assertThat(keyedResult).isEqualTo(keyed);
        Browser leader = browser();
        leader.signIn("honggai.lanhdao", PW);
        assertThat(post(secretary, page, "/doi-chieu", "found=1234&valid=1200&invalid=34"))
                .contains("phải là thành viên khác");
        assertThat(post(leader, page, "/doi-chieu", "found=1234&valid=1201&invalid=33"))
                .contains("không khớp");
        assertThat(post(leader, page, "/doi-chieu", "found=1.234&valid=1200&invalid=34"))
                .contains("Đã đối chiếu, chờ kết thúc");
        assertThat(post(leader, page, "/ket-thuc", "")).contains("Cần ghi số niêm phong mới");

        // the new seal recorded: the count goes back to the check, then the leader closes
        assertThat(b.postJson(path, tally(1234, 1200, 34, 1000, "TEST/002"), "honggai.thuky", PW)
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(leader, page, "/ket-thuc", ""))
                .contains("Kết quả kiểm phiếu cần được thành viên thứ hai đối chiếu");
        post(leader, page, "/doi-chieu", "found=1234&valid=1200&invalid=34");
        assertThat(post(leader, page, "/ket-thuc", "")).contains("Đã kết thúc");
        assertThat(SystemActor.call("test", () -> boxes.box(box)))
                .extracting(BallotBox::sealNumber, BallotBox::status)
                .containsExactly("TEST/002", BoxStatus.SEALED);
        assertThat(SystemActor.call("test", () -> boxes.seals(box)))
                .extracting(SealRecord::sealNumber)
                .containsExactly("TEST/002", "TEST/001");

        // closed: locked, except by an amendment with a reason
        HttpResponse<String> locked = b.postJson(path, tally(1234, 1200, 34, 999, "TEST/002"), "honggai.thuky", PW);
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(json(locked.body()).get("detail").asString()).contains("đã kết thúc");
        assertThat(post(
                        secretary,
                        page,
                        "/doi-ngay",
                        "day=" + LocalDate.now(clock).plusDays(1) + "&reason=x"))
                .contains("đã kết thúc");
        String amend = "memberRole0=LEADER&memberName0=Trần Văn Minh&memberRole1=MTTQ&memberName1=Nguyễn Văn Thịnh"
                + "&memberRole2=UNION&memberName2=Vũ Thị Thu&memberRole3=ONE_STOP&memberName3=Phạm Thị Lan"
                + "&memberRole4=SECRETARY&memberName4=Lê Thị Hoa&place=Sảnh Trung tâm Phục vụ hành chính công Phường Hồng Gai"
                + "&sealFound=TEST/001&sealIntact=true&found=1234&valid=1200&invalid=34"
                + "&c_RESULT_1=1&c_RESULT_2=2&c_RESULT_3=10&c_RESULT_4=101&c_RESULT_5=999"
                + "&c_CONDUCT_1=0&c_CONDUCT_2=3&c_CONDUCT_3=7&c_CONDUCT_4=90&c_CONDUCT_5=800&comments=Cán bộ hướng dẫn tận tình.%0AĐề nghị thêm ghế chờ.";
        assertThat(post(secretary, page, "/sua-doi", amend + "&reason=")).contains("Cần ghi lý do sửa đổi");
        String amended = post(secretary, page, "/sua-doi", amend + "&reason=Nhập nhầm 01 phiếu mức 4 thành mức 5");
        assertThat(amended).contains("Các lần sửa đổi biên bản", "Nhập nhầm 01 phiếu", "mức 5: 1000 → 999");
        assertThat(audit.forEntity("ballot_session", id))
                .extracting(e -> e.action())
                .contains("TALLY", "CHECK", "CLOSE", "AMEND");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/ballot/sessions/" + id + "/minutes.pdf"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("honggai.thuky:hailong-demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/ballot-minutes.pdf"), pdf.body());
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = stripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "BIÊN BẢN MỞ HÒM PHIẾU ĐÁNH GIÁ SỰ HÀI LÒNG",
                            "PHƯỜNG HỒNG GAI",
                            "Hồng Gai, ngày",
                            "Tổng số phiếu trong hòm: 1.234",
                            "phiếu hợp lệ: 1.200",
                            "phiếu không hợp lệ: 34",
                            "Số niêm phong trước khi mở: TEST/001",
                            "TEST/002",
                            "Kết quả giải quyết thủ tục hành chính",
                            "Tỷ lệ hài lòng chung",
                            "Trần Văn Minh",
                            "Lê Thị Hoa",
                            "CHỦ TỊCH ỦY BAN MẶT TRẬN TỔ QUỐC",
                            "V. Sửa đổi, bổ sung biên bản",
                            "có " + keyed + " phiếu ghi mã hồ sơ",
                            "Nhập nhầm 01 phiếu mức 4 thành mức 5",
                            "Cán bộ hướng dẫn tận tình.");
            // who amended: the secretary's full name, never her user name
            assertThat(text)
                    .containsPattern("\\d{2}:\\d{2}, Lê Thị Hoa sửa đổi")
                    .doesNotContain("honggai.");
        }
        assertThat(amended.replaceAll("(?s)<[^>]*>", " "))
                .as("the session page names who entered, checked, closed and amended")
                .contains("Lê Thị Hoa")
                .doesNotContain("honggai.");

        List<BallotResult> results =
                SystemActor.call("test", () -> ballotResults.results(YearMonth.now(clock), YearMonth.now(clock)));
        assertThat(results)
                .filteredOn(r -> r.agencyId() == hongGai
                        && Long.valueOf(desk).equals(r.deskId())
                        && r.item().equals("RESULT")
                        && r.level() == 5)
                .extracting(BallotResult::count)
                .containsExactly(999);
    }

    static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    static String post(Browser who, String page, String action, String form) {
        String csrf = Browser.csrf(who.get(page).body());
        HttpResponse<String> r = who.postForm(
                page + action,
                form.replace(" ", "+") + "&_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        if (r.statusCode() == 302) {
            return who.get(page).body();
        }
        return r.body();
    }

    @ChosenInstant.MonthsLastWorkingDay
    static class AtMonthsLastWorkingDayTest extends BallotFlowTest {}

    @ChosenInstant.NewYear
    static class AtNewYearTest extends BallotFlowTest {}

    @ChosenInstant.AfterTet
    static class AtAfterTetTest extends BallotFlowTest {}

    @ChosenInstant.MonthsLastDayUtc
    static class AtMonthsLastDayUtcTest extends BallotFlowTest {}
}
