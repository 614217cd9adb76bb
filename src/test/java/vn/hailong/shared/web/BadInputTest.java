package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The review's causes of 5xx each end in a 4xx with a Vietnamese reason: a page for a person, a problem detail for a program. */
class BadInputTest extends AppTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anXlsxWithADtdIsRefusedAsUnreadable() throws Exception {
        HttpResponse<String> r = upload("/api/v1/dossiers/import", "ho-so.xlsx", xlsxWithDtd());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(json(r.body()).get("detail").asString()).contains("Không đọc được tệp");
    }

    @Test
    void anAbsurdDateIsABadParameter() {
        Browser b = browser();
        HttpResponse<String> api =
                b.get("/api/v1/insight/satisfaction?unit=22&from=2025-01-01&to=99999-01-01", "admin", "hailong-demo");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api.body()).get("detail").asString()).contains("không hợp lệ", "to");
        assertThat(b.get("/api/v1/dossiers?to=99999-01-01", "admin", "hailong-demo")
                        .statusCode())
                .isEqualTo(400);
        b.signIn("quangninh", "hailong-demo");
        HttpResponse<String> page = b.get("/bao-cao?from=2025-01-01&to=99999-01-01");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Dữ liệu không hợp lệ").doesNotContain("Whitelabel");
        assertThat(b.get("/bao-cao?period=0000").statusCode()).isEqualTo(400);
    }

    @Test
    void theDossierListNamesTheParameterOfTheWrongForm() {
        Browser b = browser();
        HttpResponse<String> api = b.get("/api/v1/dossiers?status=SOMEWHERE&atRisk=true", "admin", "hailong-demo");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api.body()).get("detail").asString()).contains("không hợp lệ", "status", "SOMEWHERE");
        b.signIn("quangninh", "hailong-demo");
        HttpResponse<String> page = b.get("/ho-so?resolvedFrom=2025-13-45");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("resolvedFrom", "2025-13-45").doesNotContain("Whitelabel");
        assertThat(b.get("/ho-so?status=RECEIVED&resolvedFrom=2025-01-01&procedure=")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRedirectTargetWithCrLfIsABadRequest() {
        Browser b = browser();
        b.signIn("quangninh", "hailong-demo");
        String csrf = Browser.csrf(b.get("/").body());
        HttpResponse<String> r = b.postForm(
                "/bao-cao/don-vi/22-06685/danh-gia-tthc/tu-cham",
                "quarter=2025-Q1%0D%0ASet-Cookie:%20x=y&score=5&_csrf="
                        + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("x=y");
        assertThat(r.body()).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void errorAskedForDirectlyIsNotFoundInVietnamese() throws Exception {
        HttpResponse<String> page = browser().get("/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json(api.body()).get("title").asString()).isEqualTo("Không tìm thấy");
        Browser signedIn = browser();
        signedIn.signIn("quangninh", "hailong-demo");
        HttpResponse<String> missing = signedIn.get("/khong-co-trang-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:hailong-demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A workbook whose sheet declares a DTD with an external entity (what an XXE attempt looks like). */
    static byte[] xlsxWithDtd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"&e;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
