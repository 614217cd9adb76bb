package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.Role;
import vn.hailong.access.SystemActor;
import vn.hailong.access.UserForm;
import vn.hailong.access.Users;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * A dossier received at one commune's centre and resolved by another agency of the province (Decree 118/2025/NĐ-CP
 * Art. 14(2)): its code is the resolving agency's (Art. 28), the receiving centre's and the resolving agency's
 * users see it, the other units do not; the receipt is headed by the receiving centre.
 */
class CrossBoundaryDossierTest extends AppTest {

    static final String PASSWORD = "hailong-demo";

    @Autowired
    Agencies agencies;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    Browser api;
    long centre;
    long justice;

    @BeforeEach
    void setUp() {
        api = browser();
        centre = agencies.byCode("22-06685-TTPVHCC").orElseThrow().id();
        justice = agencies.byCode("22-STP").orElseThrow().id();
        if (jdbc.sql("select count(*) from app_user where username = 'stp.motcua'")
                        .query(Long.class)
                        .single()
                == 0) {
            SystemActor.run(
                    "test",
                    () -> users.create(new UserForm(
                            "stp.motcua",
                            "Cán bộ Sở Tư pháp",
                            null,
                            Role.ONE_STOP_OFFICER,
                            "22",
                            justice,
                            PASSWORD,
                            true)));
        }
    }

    JsonNode receiveAtCentre(String procedure, String name) {
        HttpResponse<String> r = api.postJson(
                "/api/v1/dossiers", """
                {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "%s", "applicantName": "%s",
                 "applicantPhone": "0912000111", "receivedAt": "2026-11-18T08:15:00"}""".formatted(justice, centre, procedure, name), "honggai.trungtam", PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body());
    }

    int status(String user, String path) {
        return api.get(path, user, PASSWORD).statusCode();
    }

    @Test
    void receivedInHongGaiCentreResolvedByTheDepartmentOfJustice() {
        JsonNode d = receiveAtCentre("HT-009", "Đinh Thị Liên");
        String code = d.get("code").asString();
        // the resolving agency's electronic identifier (demo: H22.20.01), the day of receipt, four digits at least
        assertThat(code).matches("H22\\.20\\.01-261118-\\d{4,}");
        assertThat(d.get("agencyId").asLong()).isEqualTo(justice);
        assertThat(d.get("receivingAgencyId").asLong()).isEqualTo(centre);
        assertThat(d.get("receivingAgencyName").asString())
                .isEqualTo("Trung tâm Phục vụ hành chính công phường Hồng Gai");
        assertThat(d.get("agencyName").asString()).isEqualTo("Sở Tư pháp tỉnh Quảng Ninh");

        String path = "/api/v1/dossiers/" + code;
        assertThat(status("honggai.trungtam", path)).as("the receiving centre").isEqualTo(200);
        assertThat(status("stp.motcua", path)).as("the resolving agency").isEqualTo(200);
        assertThat(status("quangninh", path)).as("the province").isEqualTo(200);
        assertThat(status("honggai.motcua", path))
                .as("Hồng Gai's People's Committee")
                .isEqualTo(404);
        assertThat(status("halong.motcua", path)).as("another commune").isEqualTo(404);
        // typed in small letters with spaces around, the code still finds it
        assertThat(status("stp.motcua", "/api/v1/dossiers/" + code.toLowerCase() + "%20"))
                .isEqualTo(200);

        assertThat(api.get("/api/v1/dossiers?from=2026-11-18&to=2026-11-18", "honggai.trungtam", PASSWORD)
                        .body())
                .contains(code);
        assertThat(api.get("/api/v1/dossiers?from=2026-11-18&to=2026-11-18", "stp.motcua", PASSWORD)
                        .body())
                .contains(code);
        assertThat(api.get("/api/v1/dossiers?from=2026-11-18&to=2026-11-18", "halong.motcua", PASSWORD)
                        .body())
                .doesNotContain(code);

        // the resolving agency moves it; the receiving centre returns the result
        HttpResponse<String> resolved = api.postJson(path + "/events", """
                {"eventId": "x-resolved", "type": "RESOLVED", "at": "2026-11-18T09:30:00"}""", "stp.motcua", PASSWORD);
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        HttpResponse<String> returned = api.postJson(path + "/events", """
                {"eventId": "x-returned", "type": "RETURNED", "at": "2026-11-18T09:45:00"}""", "honggai.trungtam", PASSWORD);
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(api.postJson(path + "/events", """
                        {"eventId": "x-other", "type": "HANDED_OVER"}""", "halong.motcua", PASSWORD)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theReceiptIsHeadedByTheReceivingCentreUnderItsPeoplesCommittee() throws Exception {
        String code = receiveAtCentre("HT-009", "Mạc Văn Tùng").get("code").asString();
        Browser staff = browser();
        staff.signIn("honggai.trungtam", PASSWORD);
        HttpResponse<byte[]> pdf = staff.download("/ho-so/" + code + "/mau/01.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/form01-cross.pdf"), pdf.body());
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI")
                .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HỒNG GAI")
                .contains("Mã hồ sơ: " + code)
                .contains("Cơ quan giải quyết hồ sơ: Sở Tư pháp tỉnh Quảng Ninh")
                .contains("Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công phường Hồng Gai")
                .doesNotContain("UBND TỈNH");
    }

    @Test
    void aCentreReceivesOnlyForAgenciesOfItsProvinceAndOnlyAtItsOwnCentre() {
        long hanoiLike = agencies.byCode("22-06688").orElseThrow().id();
        // Hồng Gai's People's Committee officer may not receive at Hồng Gai's centre (not in the officer's scope)
        HttpResponse<String> r =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-001", "applicantName": "Không được"}""".formatted(hanoiLike, centre), "honggai.motcua", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(404);
        // a department is no one-stop body: it does not receive for another agency
        HttpResponse<String> dept =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-001", "applicantName": "Không được"}""".formatted(hanoiLike, justice), "stp.motcua", PASSWORD);
        assertThat(dept.statusCode()).isEqualTo(400);
        assertThat(dept.body()).contains("không phải Bộ phận Một cửa");
    }

    @Test
    void aLinkedGroupIsCodedWithTheReceivingCentresIdentifier() {
        HttpResponse<String> r =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-009", "applicantName": "Tạ Văn Bình",
                 "linkedGroup": true, "receivedAt": "2026-11-18T08:20:00"}""".formatted(justice, centre), "honggai.trungtam", PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        // Art. 28(2)(a): a linked group uses the identifier of the one-stop body where it was received (demo:
        // H22.90.01)
        assertThat(json(r.body()).get("code").asString()).matches("H22\\.90\\.01-261118-\\d{4,}");
    }

    @Test
    void theProcedureIsFoundByItsNationalCode() {
        JsonNode d = receiveAtCentre("1.001193", "Hà Thị Lan");
        assertThat(d.get("procedureCode").asString()).isEqualTo("HT-001");
        assertThat(d.get("procedureNationalCode").asString()).isEqualTo("1.001193");
        assertThat(d.get("code").asString()).startsWith("H22.20.01-");
    }

    @Test
    void anAgencyWithoutAnIdentifierKeepsNumberingUnderItsHaiLongCode() {
        long haLong = agencies.byCode("22-06688").orElseThrow().id();
        HttpResponse<String> r =
                api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-001", "applicantName": "Lâm Thị Hoa",
                 "receivedAt": "2026-11-18T08:25:00"}""".formatted(haLong, centre), "honggai.trungtam", PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r.body()).get("code").asString()).matches("22-06688-261118-\\d{4,}");
    }
}
