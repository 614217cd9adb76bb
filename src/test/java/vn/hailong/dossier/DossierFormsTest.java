package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The official forms of a real dossier, fetched as an integration would, with their text extracted. */
class DossierFormsTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Test
    void aBadValueInAJsonFieldIsNamedWithItsChoices() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var bad = browser().postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Phạm Văn Đức", "applicantKind": "COMPANY",
                 "receivedAt": "2026-10-05T09:15:00"}""".formatted(hongGai), "honggai.motcua", "hailong-demo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains(
                        "Trường “applicantKind” có giá trị “COMPANY” không hợp lệ. Giá trị được nhận: CITIZEN, ORGANISATION.");
    }

    @Test
    void receiptApologyControlSlipAndLedger() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var officer = agencies.officersUnscoped(hongGai).get(0);
        Browser api = browser();
        String code = json(api.postJson(
                                "/api/v1/dossiers",
                                """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Phạm Văn Đức", "applicantPhone": "0987654321",
                 "receivingOfficerId": %d,
                 "applicantAddress": "Số 8 phố Bến Đoan, phường Hồng Gai",
                 "documents": [{"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "form": "ORIGINAL", "count": 1}],
                 "receivedAt": "2026-10-05T09:15:00"}""".formatted(hongGai, officer.id()),
                                "honggai.motcua",
                                "hailong-demo")
                        .body())
                .get("code")
                .asString();
        api.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "h1", "type": "HANDED_OVER", "at": "2026-10-05T10:00:00", "agencyId": %d, "allottedDays": 2}""".formatted(hongGai), "honggai.motcua", "hailong-demo");
        api.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "x1", "type": "EXTENDED", "at": "2026-10-08T09:00:00", "newDueAt": "2026-10-12T17:30:00",
                 "note": "Cần xác minh tình trạng hôn nhân tại nơi cư trú trước đây"}""", "honggai.motcua", "hailong-demo");

        String receipt = text(pdf(api, "/api/v1/dossiers/" + code + "/forms/01.pdf"));
        assertThat(receipt)
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Độc lập - Tự do - Hạnh phúc",
                        code,
                        "Phạm Văn Đức",
                        "Cấp Giấy xác nhận tình trạng hôn nhân",
                        "/r/",
                        officer.fullName(),
                        "ỦY BAN NHÂN DÂN PHƯỜNG",
                        "TRUNG TÂM PHỤC VỤ",
                        "Trung tâm Phục vụ hành chính công phường Hồng Gai");
        assertThat(receipt)
                .as("a commune centre's form: no provincial line, no reception desk of the old rules")
                .doesNotContain("UBND TỈNH", "Bộ phận tiếp nhận", "01/2018");
        String apology = text(pdf(api, "/api/v1/dossiers/" + code + "/forms/04.pdf"));
        assertThat(apology)
                .contains(
                        "XIN LỖI",
                        "Lý do: Cần xác minh tình trạng hôn",
                        "12 tháng 10 năm 2026",
                        "ỦY BAN NHÂN DÂN",
                        "dự kiến không giải quyết xong");
        assertThat(apology)
                .as("sent by the resolving committee itself")
                .doesNotContain("UBND TỈNH", "TRUNG TÂM PHỤC VỤ");
        String control = text(pdf(api, "/api/v1/dossiers/" + code + "/forms/06.pdf"));
        assertThat(control).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Đang xử lý");
        HttpResponse<String> noRefusal =
                api.get("/api/v1/dossiers/" + code + "/forms/03.pdf", "honggai.motcua", "hailong-demo");
        assertThat(noRefusal.statusCode()).isEqualTo(409);
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/05.pdf", "honggai.motcua", "hailong-demo")
                        .statusCode())
                .as("no stop notice for an open dossier")
                .isEqualTo(409);
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/01.pdf", "quangninh", "hailong-demo")
                        .statusCode())
                .as("provincial officials see statistics, not the applicant's slip")
                .isEqualTo(404);

        HttpResponse<String> year = api.get(
                "/api/v1/dossier-ledger.pdf?agency=" + hongGai + "&from=2026-01-01&to=2026-12-31",
                "honggai.motcua",
                "hailong-demo");
        assertThat(year.statusCode())
                .as("a long ledger is refused before any rendering")
                .isEqualTo(400);
        assertThat(json(year.body()).get("detail").asString()).contains("tối đa 92 ngày", "365 ngày");
        assertThat(api.get(
                                "/api/v1/dossier-ledger.xlsx?agency=" + hongGai + "&from=2026-01-01&to=2026-06-30",
                                "honggai.motcua",
                                "hailong-demo")
                        .statusCode())
                .isEqualTo(400);
        byte[] ledger = pdf(api, "/api/v1/dossier-ledger.pdf?agency=" + hongGai + "&from=2026-10-01&to=2026-10-31");
        assertThat(text(ledger)).contains("SỔ THEO DÕI HỒ SƠ", code);
        byte[] xlsx = bytes(api, "/api/v1/dossier-ledger.xlsx?agency=" + hongGai + "&from=2026-10-01&to=2026-10-31");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getFirstSheet().read().stream()
                            .map(r -> r.getCellAsString(1).orElse(""))
                            .toList())
                    .contains(code);
        }
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/dossier-01.pdf"), pdf(api, "/api/v1/dossiers/" + code + "/forms/01.pdf"));
        Files.write(Path.of("target/pdf/dossier-07.pdf"), ledger);
    }

    /** A department's dossier is received by the provincial centre, which heads the receipt; the department sends form 04. */
    @Test
    void aDepartmentsFormsUnderTheProvincialCentre() throws Exception {
        long justice = agencies.byCode("22-STP").orElseThrow().id();
        Browser api = browser();
        String code = json(api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Đỗ Minh Khoa", "receivedAt": "2026-10-05T09:15:00"}""".formatted(justice), "admin", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        api.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "x1", "type": "EXTENDED", "at": "2026-10-06T09:00:00", "newDueAt": "2026-10-12T17:30:00",
                 "note": "Cần lấy ý kiến Sở Xây dựng"}""", "admin", "hailong-demo");

        String receipt = text(pdf(api, "/api/v1/dossiers/" + code + "/forms/01.pdf", "admin"))
                .replaceAll("\\s+", " ");
        assertThat(receipt)
                .contains(
                        "UBND TỈNH QUẢNG NINH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "Sở Tư pháp tỉnh Quảng Ninh");
        String apology = text(pdf(api, "/api/v1/dossiers/" + code + "/forms/04.pdf", "admin"))
                .replaceAll("\\s+", " ");
        assertThat(apology).contains("UBND TỈNH QUẢNG NINH", "SỞ TƯ PHÁP TỈNH QUẢNG NINH", "GIÁM ĐỐC");
        assertThat(apology).doesNotContain("TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void stopNoticeWhenTheApplicantWithdraws() throws Exception {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser api = browser();
        String code = json(api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-008", "applicantName": "Lê Thị Hoa", "receivedAt": "2026-10-06T08:00:00"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        api.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId": "w1", "type": "WITHDRAWN", "at": "2026-10-07T14:20:00"}""", "honggai.motcua", "hailong-demo");

        byte[] notice = pdf(api, "/api/v1/dossiers/" + code + "/forms/05.pdf");
        assertThat(text(notice))
                .contains(
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Mẫu số 05",
                        code,
                        "Lê Thị Hoa",
                        "đề nghị dừng thực hiện thủ tục hành chính",
                        "14 giờ 20 phút, ngày 07 tháng 10 năm 2026");
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/dossier-05.pdf"), notice);
    }

    private byte[] pdf(Browser api, String path) throws Exception {
        return pdf(api, path, "honggai.motcua");
    }

    private byte[] pdf(Browser api, String path, String user) throws Exception {
        byte[] body = bytes(api, path, user);
        assertThat(new String(body, 0, 5)).as(path).isEqualTo("%PDF-");
        return body;
    }

    private byte[] bytes(Browser api, String path) throws Exception {
        return bytes(api, path, "honggai.motcua");
    }

    private byte[] bytes(Browser api, String path, String user) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":hailong-demo").getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
