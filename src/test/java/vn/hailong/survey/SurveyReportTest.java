package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The campaign report as PDF and Excel: indices per unit with n and intervals, the aggregation named, the previous campaign compared. */
class SurveyReportTest extends AppTest {

    @Autowired
    JdbcClient jdbc;

    long demoCampaign(String status) {
        return jdbc.sql(
                        "select id from survey_campaign where status = :s and title like 'Khảo sát SIPAS năm %' order by id limit 1")
                .param("s", status)
                .query(Long.class)
                .single();
    }

    Browser signedIn(String user) {
        Browser b = browser();
        assertThat(b.signIn(user, "hailong-demo").statusCode()).isEqualTo(302);
        return b;
    }

    @Test
    void everyDemoFigureLiesInsideItsOwnIntervalAndThePagesNameTheMethod() throws Exception {
        // Before: Phường Hạ Long's overall index 74.60 was published with [74.85–78.08] (a pooled Wilson interval of
        // another estimator).
        for (String status : List.of("OPEN", "CLOSED")) {
            long id = demoCampaign(status);
            for (String aggregation : List.of("pooled", "mean")) {
                var results = json(browser()
                        .get(
                                "/api/v1/campaigns/" + id + "/results?aggregation=" + aggregation,
                                "quangninh",
                                "hailong-demo")
                        .body());
                List<tools.jackson.databind.JsonNode> indices = new ArrayList<>();
                results.get("units").forEach(indices::add);
                indices.add(results.get("total"));
                for (var u : indices) {
                    assertInside(u.get("overall"), u.get("overallLow"), u.get("overallHigh"));
                    u.get("factors").forEach(f -> assertInside(f.get("index"), f.get("low"), f.get("high")));
                    u.get("criteria").forEach(c -> assertInside(c.get("index"), c.get("low"), c.get("high")));
                }
            }
        }
        long open = demoCampaign("OPEN");
        assertThat(signedIn("quangninh").get("/khao-sat-sipas/" + open).body())
                .contains("id=\"interval-method\"")
                .contains("Korn–Graubard");
        try (PDDocument pdf = Loader.loadPDF(signedIn("quangninh")
                .download("/khao-sat-sipas/" + open + "/bao-cao.pdf")
                .body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("cỡ mẫu hiệu dụng Korn–Graubard");
        }
    }

    private static void assertInside(
            tools.jackson.databind.JsonNode point,
            tools.jackson.databind.JsonNode low,
            tools.jackson.databind.JsonNode high) {
        if (point == null || point.isNull()) {
            return;
        }
        assertThat(low.isNull()).as("an index without an interval").isFalse();
        assertThat(point.asDouble()).isBetween(low.asDouble(), high.asDouble());
    }

    @Test
    void pdfReportNamesTheAggregationAndComparesWithLastYear() throws Exception {
        long open = demoCampaign("OPEN");
        HttpResponse<byte[]> r =
                signedIn("quangninh").download("/khao-sat-sipas/" + open + "/bao-cao.pdf?aggregation=mean");
        assertThat(r.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/survey-report.pdf"), r.body());
        String text;
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text)
                .contains("BÁO CÁO KẾT QUẢ KHẢO SÁT")
                .contains("trung bình chỉ số các đơn vị (mean)")
                .contains("Phường Hồng Gai")
                .contains("Phường Hạ Long")
                .contains("Chung các đơn vị")
                .contains("V. So sánh với đợt khảo sát trước")
                .contains("Đợt trước: Khảo sát SIPAS năm")
                .contains("Mong muốn cải thiện");

        // A unit leader's report shows only the leader's unit, under its own heading.
        HttpResponse<byte[]> leader = signedIn("honggai.lanhdao").download("/khao-sat-sipas/" + open + "/bao-cao.pdf");
        try (PDDocument pdf = Loader.loadPDF(leader.body())) {
            String own = new PDFTextStripper().getText(pdf);
            assertThat(own)
                    .contains("Hồng Gai")
                    .doesNotContain("Phường Hạ Long")
                    .contains("gộp tất cả câu trả lời (pooled)");
        }
    }

    @Test
    void excelReportHasTheUnitsCriteriaExpectationsAndComparison() throws Exception {
        long open = demoCampaign("OPEN");
        HttpResponse<byte[]> r = signedIn("quangninh").download("/khao-sat-sipas/" + open + "/bao-cao.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            List<String> sheets = wb.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("Chỉ số theo đơn vị", "Tiêu chí", "Mong muốn", "So sánh đợt trước");
            List<Row> units = wb.getFirstSheet().read();
            assertThat(units.get(1).getCellAsString(0).orElse("")).contains("pooled");
            int header = 0;
            while (!units.get(header).getCellAsString(0).orElse("").equals("Đơn vị")) {
                header++;
            }
            assertThat(units.get(header).getCellAsString(2).orElse("")).isEqualTo("F1 (%)");
            List<String> names = new ArrayList<>();
            units.subList(header + 1, units.size())
                    .forEach(row -> names.add(row.getCellAsString(0).orElse("")));
            assertThat(names).hasSize(6).contains("Tất cả đơn vị");
            Row first = units.get(header + 1);
            assertThat(first.getCellAsNumber(1).orElseThrow().intValue()).isPositive();
            List<Row> compare = wb.getSheets().toList().get(3).read();
            assertThat(compare.get(0).getCellAsString(0).orElse("")).startsWith("Đợt trước: Khảo sát SIPAS năm");
            assertThat(compare.size()).isGreaterThan(8);
        }
        assertThat(browser()
                        .download("/khao-sat-sipas/" + open + "/bao-cao.xlsx")
                        .statusCode())
                .as("not signed in")
                .isNotEqualTo(200);
        assertThat(signedIn("halong.motcua")
                        .download("/khao-sat-sipas/" + open + "/bao-cao.xlsx")
                        .statusCode())
                .isEqualTo(403);
    }
}
