package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The secretary keys in paper slips: good rows saved as PAPER ratings, bad ones kept with the reason, none twice. */
class PaperSlipTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Autowired
    CounterForms counterForms;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void slipPdfAndKeyboardGrid() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String code = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-002", "applicantName": "Kiều Văn Nam"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        Browser secretary = browser();
        secretary.signIn("honggai.thuky", "hailong-demo");

        HttpResponse<byte[]> pdf = secretary.download("/ho-so/" + code + "/phieu-danh-gia.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/rating-slip.pdf"), pdf.body());
        String check = printedCheckCode(pdf.body());
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains(
                            "PHIẾU ĐÁNH GIÁ SỰ HÀI LÒNG",
                            code,
                            "Đăng ký kết hôn",
                            "Kết quả giải quyết thủ tục hành chính",
                            "/r/");
        }

        String grid = secretary.get("/danh-gia/nhap-phieu").body();
        assertThat(grid).contains("Mã kiểm tra");
        String form = "code0=" + code + "&check0=" + check.toLowerCase()
                + "&RESULT0=5&CONDUCT0=4&comment0=&code1=KHONG-CO&RESULT1=5&CONDUCT1=5&comment1=" + "&code2=" + code
                + "&check2=" + check + "&RESULT2=9&CONDUCT2=4&comment2=&_csrf="
                + java.net.URLEncoder.encode(Browser.csrf(grid), "UTF-8");
        String result = secretary.postForm("/danh-gia/nhap-phieu", form).body();
        assertThat(result).contains("Đã lưu 1 phiếu", "Không tìm thấy hồ sơ KHONG-CO", "Hồ sơ này đã được đánh giá");
        String again = secretary
                .postForm(
                        "/danh-gia/nhap-phieu",
                        "code0=" + code + "&check0=" + check + "&RESULT0=5&CONDUCT0=4&_csrf="
                                + java.net.URLEncoder.encode(Browser.csrf(result), "UTF-8"))
                .body();
        assertThat(again).contains("Đã lưu 0 phiếu", "Hồ sơ này đã được đánh giá");
        var list = json(browser()
                .get("/api/v1/ratings?agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                .body());
        long paper = 0;
        for (var r : list.get("items")) {
            if (code.equals(r.get("dossierCode").asString())) {
                assertThat(r.get("channel").asString()).isEqualTo("PAPER");
                assertThat(r.get("keyedBy").asString()).isEqualTo("honggai.thuky");
                paper++;
            }
        }
        assertThat(paper).isEqualTo(1);
        assertThat(jdbc.sql("select r.keyed_by from rating r join dossier d on d.id = r.dossier_id where d.code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo("honggai.thuky");
        assertThat(jdbc.sql(
                                "select actor from audit_log where entity = 'rating_slip' and entity_id = :c and action = 'PRINT'")
                        .param("c", code)
                        .query(String.class)
                        .list())
                .as("who printed the slip (and so read its check code)")
                .containsExactly("honggai.thuky");
    }

    /**
     * The one-stop officer cannot key a 5/5 slip for a dossier without the slip in hand: no check code or a
     * wrong one stores nothing, and the citizen's own rating through the receipt's QR is then accepted.
     */
    @Test
    void aSlipNeedsTheCheckCodePrintedOnItSoTheCitizensOwnRatingStillCounts() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var dossier = json(browser()
                .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-002", "applicantName": "Vi Thị Hoa"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                .body());
        String code = dossier.get("code").asString();
        Browser officer = browser();
        officer.signIn("honggai.motcua", "hailong-demo");
        String grid = officer.get("/danh-gia/nhap-phieu").body();
        String csrf = java.net.URLEncoder.encode(Browser.csrf(grid), "UTF-8");
        String result = officer.postForm(
                        "/danh-gia/nhap-phieu",
                        "code0=" + code + "&RESULT0=5&CONDUCT0=5" + "&code1=" + code
                                + "&check1=ACDE34&RESULT1=5&CONDUCT1=5&_csrf=" + csrf)
                .body();
        assertThat(result)
                .contains("Đã lưu 0 phiếu", "thiếu mã kiểm tra", "Mã kiểm tra của phiếu hồ sơ " + code + " không đúng");
        assertThat(jdbc.sql("select count(*) from rating r join dossier d on d.id = r.dossier_id where d.code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .isZero();

        String token = dossier.get("ratingUrl").asString().replaceAll(".*/r/", "");
        assertThat(officer.get("/ho-so/" + code).body())
                .as("the staff's dossier page masks the rating link")
                .contains("/r/••••••")
                .doesNotContain(token);
        Browser phone = browser();
        String form = phone.get("/r/" + token).body();
        String key = form.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        assertThat(phone.postForm("/r/" + token, "key=" + key + "&item.RESULT=3&item.CONDUCT=2")
                        .body())
                .contains("Cảm ơn");
        assertThat(jdbc.sql("select r.channel from rating r join dossier d on d.id = r.dossier_id where d.code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo("QR");
    }

    /** The check code as printed on the slip ("Mã kiểm tra: XXXXXX"). */
    static String printedCheckCode(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var m = java.util.regex.Pattern.compile("tra:\\s*([A-Z0-9]{6})\\s").matcher(stripper.getText(doc));
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    @Test
    void eightContentGridKeysEightItemsAndRefusesTheOtherForm() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String code = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Trịnh Văn Bảo"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        Browser secretary = browser();
        secretary.signIn("honggai.thuky", "hailong-demo");
        String check = printedCheckCode(
                secretary.download("/ho-so/" + code + "/phieu-danh-gia.pdf").body());
        String grid = secretary.get("/danh-gia/nhap-phieu?form=EIGHT").body();
        assertThat(grid)
                .contains("Việc niêm yết công khai thủ tục hành chính", "Phí, lệ phí đúng quy định (được bỏ trống)");
        String csrf = java.net.URLEncoder.encode(Browser.csrf(grid), "UTF-8");
        String refused = secretary
                .postForm(
                        "/danh-gia/nhap-phieu",
                        "form=EIGHT&code0=" + code + "&check0=" + check
                                + "&PUBLIC_INFO0=5&GUIDANCE0=5&FACILITIES0=4&CONDUCT0=5&TIME0=5&FEES0=&RESULT0=5&FEEDBACK0=&_csrf="
                                + csrf)
                .body();
        assertThat(refused).contains("Đã lưu 0 phiếu", "thuộc cơ quan dùng “Phiếu đánh giá nhanh”");

        vn.hailong.access.SystemActor.run("test", () -> counterForms.choose(hongGai, "EIGHT"));
        try {
            String saved = secretary
                    .postForm(
                            "/danh-gia/nhap-phieu",
                            "form=EIGHT&code0=" + code + "&check0=" + check
                                    + "&PUBLIC_INFO0=5&GUIDANCE0=5&FACILITIES0=4&CONDUCT0=5&TIME0=5&FEES0=&RESULT0=5&FEEDBACK0=&_csrf="
                                    + csrf)
                    .body();
            assertThat(saved).contains("Đã lưu 1 phiếu");
            var rating = jdbc.sql(
                            "select r.id, r.form_code from rating r join dossier d on d.id = r.dossier_id where d.code = :c")
                    .param("c", code)
                    .query()
                    .singleRow();
            assertThat(rating.get("form_code")).isEqualTo("EIGHT");
            assertThat(jdbc.sql("select count(*) from rating_answer where rating_id = :r")
                            .param("r", rating.get("id"))
                            .query(Integer.class)
                            .single())
                    .isEqualTo(8);
            assertThat(jdbc.sql("select count(*) from rating_answer where rating_id = :r and score is null")
                            .param("r", rating.get("id"))
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2);
        } finally {
            vn.hailong.access.SystemActor.run("test", () -> counterForms.choose(hongGai, "QUICK"));
        }
    }
}
