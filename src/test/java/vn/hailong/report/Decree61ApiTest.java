package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.shared.VnNumbers;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * The Decree 61 API, page and report on the demo: n is the quarter's finished dossiers, the average is the mean of the
 * stored dossier scores, scoped and fail-closed; self and appraised scores by role, audited; the PDF and Excel hold the
 * API's numbers.
 */
class Decree61ApiTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HONG_GAI = "22-06685";
    private static final String HA_LONG = "22-06688";

    @Autowired
    JdbcClient jdbc;

    private String lastQuarter() {
        LocalDate first = LocalDate.now(clock)
                .withDayOfMonth(1)
                .minusMonths((LocalDate.now(clock).getMonthValue() - 1) % 3)
                .minusMonths(3);
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void provinceFiguresAreTheQuarterFinishedDossiersScored() {
        String q = lastQuarter();
        JsonNode body = json(browser()
                .get("/api/v1/insight/decree61?unit=22&quarter=" + q, "quangninh", PW)
                .body());
        LocalDate from = LocalDate.parse(body.get("quarter").get("from").asString());
        LocalDate to = LocalDate.parse(body.get("quarter").get("to").asString());
        long n = 0;
        for (JsonNode u : body.get("items")) {
            n += u.get("n").asLong();
            double avg = jdbc.sql(
                            "select avg(s.score) from insight_decree61_dossier s join agency a on a.id = s.agency_id"
                                    + " where a.code = ? and s.finished_on between ? and ?")
                    .params(u.get("key").asString(), from, to)
                    .query(Double.class)
                    .single();
            assertThat(u.get("average").asDouble()).isCloseTo(avg, org.assertj.core.data.Offset.offset(0.005));
            assertThat(u.get("indicators")).hasSize(9);
            assertThat(u.get("indicators").get(0).get("n").asLong())
                    .isEqualTo(u.get("n").asLong());
            assertThat(u.get("classification").isNull()).isFalse();
        }
        assertThat(n)
                .isPositive()
                .isEqualTo(jdbc.sql("""
                select count(*) from dossier d join agency a on a.id = d.agency_id where a.province_code = '22'
                and d.timeliness <> 'PENDING' and cast(d.resolved_at as date) between ? and ?""").params(from, to).query(Long.class).single());

        // the demo's self-score of Hồng Gai for that quarter, made under the average computed then, with its
        // explanation
        // (other tests in the same context add finished dossiers to the quarter, so today's average may have moved)
        JsonNode hongGai = item(body, HONG_GAI);
        assertThat(hongGai.get("selfScore").get("score").asDouble())
                .isNotEqualTo(hongGai.get("average").asDouble());
        assertThat(hongGai.get("selfScore").get("note").asString()).isNotBlank();
    }

    @Test
    void aCommuneReadsOnlyItself() {
        String q = lastQuarter();
        Browser b = browser();
        JsonNode own = json(b.get("/api/v1/insight/decree61?quarter=" + q, "honggai.lanhdao", PW)
                .body());
        assertThat(own.get("items")).extracting(i -> i.get("key").asString()).containsExactly(HONG_GAI);
        assertThat(json(b.get("/api/v1/insight/decree61?unit=" + HA_LONG + "&quarter=" + q, "honggai.lanhdao", PW)
                                .body())
                        .get("items"))
                .isEmpty();
        JsonNode other =
                json(b.get("/api/v1/insight/decree61/dossiers?unit=" + HA_LONG + "&quarter=" + q, "honggai.lanhdao", PW)
                        .body());
        assertThat(other.get("total").asLong()).isZero();
        assertThat(other.get("items")).isEmpty();
        JsonNode mine = json(b.get(
                        "/api/v1/insight/decree61/dossiers?unit=" + HONG_GAI + "&quarter=" + q + "&limit=1000",
                        "honggai.lanhdao",
                        PW)
                .body());
        assertThat(mine.get("total").asLong())
                .isPositive()
                .isEqualTo(mine.get("items").size())
                .isEqualTo(item(own, HONG_GAI).get("n").asLong());
        assertThat(mine.get("items").get(0).get("points")).hasSize(9);
        assertThat(mine.get("items").get(0).get("sources").get(0).asString()).isEqualTo("DOSSIER");
        assertThat(b.get("/api/v1/insight/decree61?quarter=2026-Q5", "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> bad = b.get("/api/v1/insight/decree61?quarter=2026-10", "honggai.lanhdao", PW);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(json(bad.body()).get("detail").asString()).contains("Quý “2026-10” không hợp lệ");
        HttpResponse<String> someoneElse = put(
                "/api/v1/insight/decree61/self-score",
                "{\"unit\":\"" + HA_LONG + "\",\"quarter\":\"" + q + "\",\"score\":15}",
                "honggai.lanhdao");
        assertThat(someoneElse.statusCode()).isEqualTo(404);
    }

    @Test
    void selfScoreByTheLeaderAppraisalByTheProvinceAudited() {
        String q = "2026-Q1";
        JsonNode before = json(browser()
                .get("/api/v1/insight/decree61?unit=" + HONG_GAI + "&quarter=" + q, "quangninh", PW)
                .body());
        double computed = item(before, HONG_GAI).get("average").asDouble();
        HttpResponse<String> defaulted = put(
                "/api/v1/insight/decree61/self-score",
                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q + "\"}",
                "honggai.lanhdao");
        assertThat(defaulted.statusCode()).isEqualTo(200);
        assertThat(json(defaulted.body()).get("selfScore").get("score").asDouble())
                .isEqualTo(computed);
        HttpResponse<String> noNote = put(
                "/api/v1/insight/decree61/self-score",
                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q + "\",\"score\":" + (computed - 2) + "}",
                "honggai.lanhdao");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(json(noNote.body()).get("detail").asString()).contains("giải trình");
        assertThat(put(
                                "/api/v1/insight/decree61/self-score",
                                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q + "\",\"score\":19,\"note\":\"x\"}",
                                "honggai.lanhdao")
                        .statusCode())
                .isEqualTo(400);
        assertThat(put(
                                "/api/v1/insight/decree61/appraised-score",
                                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q + "\",\"score\":11}",
                                "honggai.lanhdao")
                        .statusCode())
                .isEqualTo(403);
        assertThat(put(
                                "/api/v1/insight/decree61/self-score",
                                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q + "\",\"score\":11}",
                                "quangninh")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> appraised = put(
                "/api/v1/insight/decree61/appraised-score",
                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + q
                        + "\",\"score\":11.5,\"note\":\"Thẩm định lại hồ sơ trễ hạn\"}",
                "quangninh");
        assertThat(appraised.statusCode()).isEqualTo(200);
        JsonNode after = json(appraised.body());
        assertThat(after.get("appraisedScore").get("score").asDouble()).isEqualTo(11.5);
        assertThat(after.get("appraisedClassification").asString()).isEqualTo("FAIR");
        assertThat(after.get("appraisedScore").get("by").asString()).isEqualTo("quangninh");
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where entity = 'decree61_assessment' and entity_id like ? and actor in ('honggai.lanhdao', 'quangninh')")
                        .param("%/" + q)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        String future = LocalDate.now(clock).plusMonths(4).getYear() + "-Q"
                + ((LocalDate.now(clock).plusMonths(4).getMonthValue() - 1) / 3 + 1);
        assertThat(put(
                                "/api/v1/insight/decree61/appraised-score",
                                "{\"unit\":\"" + HONG_GAI + "\",\"quarter\":\"" + future + "\",\"score\":11}",
                                "quangninh")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void quarterlyReportPdfAndExcelHoldTheApisNumbers() throws Exception {
        String q = lastQuarter();
        Browser b = browser();
        assertThat(b.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        JsonNode unit = item(
                json(b.get("/api/v1/insight/decree61?unit=" + HONG_GAI + "&quarter=" + q, "quangninh", PW)
                        .body()),
                HONG_GAI);
        var pdf = b.download("/bao-cao/don-vi/" + HONG_GAI + "/danh-gia-tthc.pdf?quarter=" + q);
        assertThat(pdf.statusCode()).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/decree61-unit.pdf"), pdf.body());
        String text = text(pdf.body());
        assertThat(text)
                .contains("Điều 33 Nghị định số 118/2025/NĐ-CP")
                .doesNotContain("61/2018")
                .contains("quý " + List.of("I", "II", "III", "IV").get(q.charAt(6) - '1'));
        assertThat(text)
                .contains("được đánh giá: " + VnNumbers.number(unit.get("n").asLong()) + ".");
        assertThat(text)
                .contains("(tối đa 18 điểm): "
                        + VnNumbers.decimal(unit.get("average").asDouble()));
        assertThat(text)
                .contains("Điểm tự chấm: "
                        + VnNumbers.decimal(unit.get("selfScore").get("score").asDouble()));
        assertRow(
                text,
                "Thời gian trả kết quả giải quyết, xử lý hồ sơ thủ tục hành chính so với quy định hoặc yêu cầu",
                VnNumbers.number(unit.get("indicators").get(0).get("n").asLong()) + " "
                        + VnNumbers.decimal(
                                unit.get("indicators").get(0).get("average").asDouble()));
        assertRow(
                text,
                "Thái độ ứng xử của cán bộ, công chức, viên chức hướng dẫn, tiếp nhận hồ sơ, giải quyết",
                VnNumbers.number(unit.get("indicators").get(4).get("n").asLong()) + " "
                        + VnNumbers.decimal(
                                unit.get("indicators").get(4).get("average").asDouble()));
        assertThat(text).contains("quy định của địa phương");

        JsonNode province = json(b.get("/api/v1/insight/decree61?unit=22&quarter=" + q, "quangninh", PW)
                .body());
        var all = b.download("/bao-cao/danh-gia-tthc.pdf?quarter=" + q);
        assertThat(all.statusCode()).isEqualTo(200);
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/decree61-province.pdf"), all.body());
        String provinceText = text(all.body());
        long n = 0;
        for (JsonNode u : province.get("items")) {
            n += u.get("n").asLong();
        }
        assertThat(provinceText)
                .contains("được đánh giá: " + VnNumbers.number(n) + ", thuộc "
                        + province.get("items").size() + " đơn vị");
        assertRow(
                provinceText,
                item(province, HONG_GAI).get("label").asString(),
                VnNumbers.number(item(province, HONG_GAI).get("n").asLong())
                        + " "
                        + VnNumbers.decimal(
                                item(province, HONG_GAI).get("average").asDouble()) + " "
                        + VnNumbers.decimal(item(province, HONG_GAI)
                                .get("selfScore")
                                .get("score")
                                .asDouble()));

        var xlsx = b.download("/bao-cao/danh-gia-tthc.xlsx?quarter=" + q);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Điểm bình quân (/18)");
            assertThat(rows.stream()
                            .skip(1)
                            .mapToLong(r -> r.getCellAsNumber(2).orElseThrow().longValue())
                            .sum())
                    .isEqualTo(n);
        }
        String page = b.get("/bao-cao/danh-gia-tthc?quarter=" + q).body();
        assertThat(page)
                .contains("Đánh giá việc giải quyết TTHC (Nghị định 118/2025/NĐ-CP)")
                .contains("quy định của địa phương")
                .contains(item(province, HONG_GAI).get("label").asString());
        assertThat(b.get("/bao-cao/don-vi/" + HONG_GAI + "/danh-gia-tthc?quarter=" + q)
                        .body())
                .contains("Chín nội dung đánh giá của tổ chức, cá nhân")
                .contains("quy định của địa phương")
                .contains("id=\"appraise-form\"")
                .doesNotContain("id=\"self-form\"");
        assertThat(b.get("/bao-cao/don-vi/" + HONG_GAI).body())
                .contains("/bao-cao/don-vi/" + HONG_GAI + "/danh-gia-tthc");
        // the Decree 61 module's addresses still lead there
        var old = b.get("/bao-cao/don-vi/" + HONG_GAI + "/nghi-dinh-61.pdf?quarter=" + q);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow())
                .endsWith("/bao-cao/don-vi/" + HONG_GAI + "/danh-gia-tthc.pdf?quarter=" + q);
        assertThat(b.get("/bao-cao/nghi-dinh-61")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/bao-cao/danh-gia-tthc");
    }

    /** Quarters up to 2025-Q2 keep Decree 61's label and nine indicators, and take no more scores. */
    @Test
    void decree61QuartersAreReadOnly() throws Exception {
        Browser b = browser();
        assertThat(b.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        JsonNode old = json(b.get("/api/v1/insight/evaluation?unit=" + HONG_GAI + "&quarter=2025-Q2", "quangninh", PW)
                .body());
        assertThat(old.get("rulebook").asString()).isEqualTo("DECREE_61");
        JsonNode now = json(b.get("/api/v1/insight/evaluation?unit=" + HONG_GAI + "&quarter=2025-Q3", "quangninh", PW)
                .body());
        assertThat(now.get("rulebook").asString()).isEqualTo("DECREE_118");
        assertThat(now.get("localRule").asString()).contains("local rule");

        String page = b.get("/bao-cao/don-vi/" + HONG_GAI + "/danh-gia-tthc?quarter=2025-Q2")
                .body();
        assertThat(page)
                .contains("Nghị định 61 – ")
                .contains("Chín chỉ số")
                .contains("chỉ để xem")
                .contains("CT1")
                .doesNotContain("id=\"appraise-form\"");
        var put = put(
                "/api/v1/insight/evaluation/appraised-score",
                "{\"unit\": \"" + HONG_GAI + "\", \"quarter\": \"2025-Q2\", \"score\": 12}",
                "quangninh");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("Nghị định 61/2018/NĐ-CP").contains("chỉ để xem");
        assertThat(jdbc.sql("select count(*) from insight_decree61_assessment where quarter = '2025-Q2'"
                                + " and appraised_score = 12")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static JsonNode item(JsonNode body, String key) {
        for (JsonNode i : body.get("items")) {
            if (i.get("key").asString().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key + " not in " + body);
    }

    /** A table row: the label (which the PDF may wrap, the numbers following its first line) and then the numbers. */
    private static void assertRow(String text, String label, String numbers) {
        String[] words = label.split(" ");
        StringBuilder regex = new StringBuilder(java.util.regex.Pattern.quote(words[0]));
        String cells = "(?: " + java.util.regex.Pattern.quote(numbers) + ")?";
        for (int i = 1; i < words.length; i++) {
            regex.append(cells).append(' ').append(java.util.regex.Pattern.quote(words[i]));
        }
        regex.append(cells);
        var m = java.util.regex.Pattern.compile(regex.toString()).matcher(text);
        assertThat(m.find()).as("row %s in %s", label, text).isTrue();
        assertThat(m.group()).as("the numbers of %s", label).contains(" " + numbers);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private HttpResponse<String> put(String path, String json, String user) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(
                                                                    (user + ":" + PW).getBytes(StandardCharsets.UTF_8)))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
