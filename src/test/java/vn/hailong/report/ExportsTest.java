package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;
import vn.hailong.shared.VnNumbers;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Background exports on the demo: the province's annual report is queued (202 + Location), run by the worker,
 * downloaded by its requester only, and its PDF text and Excel sheets hold the measures API's figures; a job
 * that cannot be produced records its error; an expired file is gone.
 */
class ExportsTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Exports exports;

    @Test
    void annualReportIsQueuedRunAndDownloadedByItsRequesterOnly() throws Exception {
        Browser b = browser();
        var queued = b.postJson(
                "/api/v1/exports", "{\"kind\":\"annual_pdf\",\"unit\":\"22\",\"period\":\"2026\"}", "quangninh", PW);
        assertThat(queued.statusCode()).isEqualTo(202);
        JsonNode job = json(queued.body());
        // queued, not run inline; the worker (polling every 3 s) may already have claimed it when the answer is read
        assertThat(job.get("status").asText()).isIn("QUEUED", "RUNNING");
        String location = queued.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/exports/" + job.get("id").asLong());
        String path = location.substring(location.indexOf("/api/"));
        assertThat(b.download(path + "/file").statusCode()).isIn(302, 401);
        JsonNode done = await(b, path, "quangninh");
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("fileName").asText()).isEqualTo("bao-cao-nam-22-2026.pdf");

        // another user (a commune's leader) neither sees the job nor downloads its file, nor may ask for the province's
        // report
        assertThat(b.get(path, "honggai.lanhdao", PW).statusCode()).isEqualTo(404);
        assertThat(b.get(path + "/file", "honggai.lanhdao", PW).statusCode()).isEqualTo(404);
        assertThat(b.postJson(
                                "/api/v1/exports",
                                "{\"kind\":\"ANNUAL_PDF\",\"unit\":\"22\",\"period\":\"2026\"}",
                                "honggai.lanhdao",
                                PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(b.postJson(
                                "/api/v1/exports",
                                "{\"kind\":\"ANNUAL_PDF\",\"unit\":\"22\",\"period\":\"2026-Q1\"}",
                                "quangninh",
                                PW)
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> file = b.get(path + "/file", "quangninh", PW);
        assertThat(file.statusCode()).isEqualTo(200);
        byte[] pdf = bytes(b, path + "/file");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/province-annual-2026.pdf"), pdf);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        long[] s = totals(b, "satisfaction", "n", "satisfied");
        long[] t = totals(b, "timeliness", "finished", "late");
        assertThat(s[0]).isPositive();
        assertThat(text)
                .contains("KẾT QUẢ CHUNG", "năm 2026 trên địa bàn tỉnh Quảng Ninh")
                .contains("đã giải quyết " + VnNumbers.number(t[0]) + " hồ sơ")
                .contains("trễ hạn " + VnNumbers.number(t[1]) + ";")
                .contains(VnNumbers.number(s[1]) + " / " + VnNumbers.number(s[0]) + " = "
                        + VnNumbers.percent((double) s[1] / s[0]))
                .contains("SO SÁNH VỚI NĂM 2025")
                // the demo's 2025 holds only its last month: said, not compared
                .containsPattern(
                        "Năm 2025 chỉ có số liệu \\d tháng, năm 2026 có 1\\d tháng: hai năm không cùng độ dài nên không so sánh.")
                .doesNotContain("Tăng, giảm");
    }

    @Test
    void annualWorkbookHoldsTheUnitsOfTheApi() throws Exception {
        Browser b = browser();
        JsonNode job =
                json(b.postJson("/api/v1/exports", "{\"kind\":\"ANNUAL_XLSX\",\"period\":\"2026\"}", "quangninh", PW)
                        .body());
        String path = "/api/v1/exports/" + job.get("id").asLong();
        assertThat(await(b, path, "quangninh").get("status").asText()).isEqualTo("DONE");
        long[] s = totals(b, "satisfaction", "n", "satisfied");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes(b, path + "/file")))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets)
                    .extracting(Sheet::getName)
                    .containsExactly("Đơn vị 2026", "Kênh 2026", "Tháng 2026", "So sánh 2025-2026");
            List<Row> units = sheets.get(0).read();
            assertThat(units.get(0).getCellText(2)).isEqualTo("Số câu trả lời (n)");
            assertThat(units.stream()
                            .skip(1)
                            .mapToLong(r -> r.getCellAsNumber(2).orElseThrow().longValue())
                            .sum())
                    .isEqualTo(s[0]);
            assertThat(units.stream()
                            .skip(1)
                            .mapToLong(r -> r.getCellAsNumber(3).orElseThrow().longValue())
                            .sum())
                    .isEqualTo(s[1]);
        }
    }

    @Test
    void aFailingJobRecordsItsErrorAndAnExpiredFileIsGone() {
        Browser b = browser();
        // a job the worker cannot produce: a province that does not exist (submit would refuse it; queued as a stale
        // request)
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_export (kind, unit_code, period_key, requested_by, requester_role, scope_province, status, created_at)
                values ('ANNUAL_PDF', 'XX', '2026', 'quangninh', 'PROVINCIAL_OFFICIAL', 'XX', 'QUEUED', :now)""").param("now", Timestamp.valueOf(LocalDateTime.now(clock))).update(keys, "id");
        String path = "/api/v1/exports/" + keys.getKey().longValue();
        JsonNode failed = await(b, path, "quangninh");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).contains("Không tìm thấy đơn vị XX");
        assertThat(b.get(path + "/file", "quangninh", PW).statusCode()).isEqualTo(409);

        JsonNode job =
                json(b.postJson("/api/v1/exports", "{\"kind\":\"UNITS_CSV\",\"period\":\"2026-10\"}", "quangninh", PW)
                        .body());
        String done = "/api/v1/exports/" + job.get("id").asLong();
        assertThat(await(b, done, "quangninh").get("status").asText()).isEqualTo("DONE");
        assertThat(new String(bytes(b, done + "/file"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFMã;Đơn vị;");
        jdbc.sql("update report_export set expires_at = :past where id = :id")
                .param("past", Timestamp.valueOf(LocalDateTime.now(clock).minusDays(30)))
                .param("id", job.get("id").asLong())
                .update();
        assertThat(exports.expire()).isPositive();
        assertThat(json(b.get(done, "quangninh", PW).body()).get("status").asText())
                .isEqualTo("EXPIRED");
        assertThat(b.get(done + "/file", "quangninh", PW).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from report_export where id = :id and content is null")
                        .param("id", job.get("id").asLong())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theExportsPageListsOnlyTheCallersJobs() {
        Browser q = browser();
        JsonNode job =
                json(q.postJson("/api/v1/exports", "{\"kind\":\"UNITS_XLSX\",\"period\":\"2026\"}", "quangninh", PW)
                        .body());
        await(q, "/api/v1/exports/" + job.get("id").asLong(), "quangninh");
        assertThat(q.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        String mine = q.get("/tep-xuat").body();
        assertThat(mine)
                .contains("data-id=\"" + job.get("id").asLong() + "\"")
                .contains("/tep-xuat/" + job.get("id").asLong() + "/tep");
        assertThat(q.download("/tep-xuat/" + job.get("id").asLong() + "/tep").statusCode())
                .isEqualTo(200);
        Browser h = browser();
        assertThat(h.signIn("honggai.lanhdao", PW).statusCode()).isEqualTo(302);
        assertThat(h.get("/tep-xuat").body())
                .doesNotContain("data-id=\"" + job.get("id").asLong() + "\"");
        assertThat(h.download("/tep-xuat/" + job.get("id").asLong() + "/tep").statusCode())
                .isEqualTo(404);
        assertThat(q.get("/bao-cao?period=2026").body()).contains("id=\"annual-report\"", "id=\"units-export\"");
    }

    /** Follows the job until the worker has finished with it (it polls every few seconds). */
    private JsonNode await(Browser b, String path, String user) {
        long until = System.currentTimeMillis() + 90_000;
        while (true) {
            JsonNode job = json(b.get(path, user, PW).body());
            String status = job.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING") || System.currentTimeMillis() > until) {
                return job;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private byte[] bytes(Browser b, String path) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic " + java.util.Base64.getEncoder().encodeToString(("quangninh:" + PW).getBytes()))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long[] totals(Browser b, String measure, String first, String second) {
        long[] out = {0, 0};
        for (JsonNode item : json(b.get(
                                "/api/v1/insight/" + measure + "?groupBy=unit&unit=22&from=2026-01-01&to=2026-12-31",
                                "quangninh",
                                PW)
                        .body())
                .get("items")) {
            out[0] += item.get(first).asLong();
            out[1] += item.get(second).asLong();
        }
        return out;
    }
}
