package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The officers table as CSV and Excel holds the API's figures; the PDF and tables stay within the caller's scope. */
class ReportExportsTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HONG_GAI = "22-06685";

    @Test
    void officersTableAsCsvAndExcel() throws Exception {
        Browser b = browser();
        assertThat(b.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        JsonNode api = json(b.get(
                        "/api/v1/insight/satisfaction?groupBy=officer&unit=" + HONG_GAI
                                + "&from=2026-01-01&to=2026-12-31",
                        "quangninh",
                        PW)
                .body());
        long apiN = 0;
        for (JsonNode item : api.get("items")) {
            apiN += item.get("n").asLong();
        }
        var csv = b.download("/bao-cao/don-vi/" + HONG_GAI + "/can-bo.csv?period=2026");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        List<String> lines =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        // the form Vietnamese Excel opens in columns: ";" and a decimal comma
        assertThat(lines.get(0)).startsWith("\uFEFFCán bộ;Số câu trả lời (n);Hài lòng");
        // what an auditor needs beside each rate: numerator, denominator and the interval
        assertThat(lines.get(0))
                .contains("KTC 95% Wilson – dưới (%);KTC 95% Wilson – trên (%);Hồ sơ đã giải quyết;Đúng và trước hạn")
                .endsWith("Nhóm xếp hạng");
        long csvN = lines.stream()
                .skip(1)
                .mapToLong(l -> Long.parseLong(l.split(";")[1]))
                .sum();
        assertThat(csvN).isPositive().isEqualTo(apiN);
        // a rate such as 83,3 in column 3: a decimal comma, never a point that Excel vi-VN would read as a date or text
        assertThat(lines.stream().skip(1).map(l -> l.split(";", -1)[2]).filter(r -> !r.isEmpty()))
                .isNotEmpty()
                .allMatch(r -> r.matches("\\d+(,\\d+)?"));

        var xlsx = b.download("/bao-cao/don-vi/" + HONG_GAI + "/can-bo.xlsx?period=2026");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Cán bộ");
            assertThat(rows.stream()
                            .skip(1)
                            .mapToLong(r -> r.getCellAsNumber(1).orElseThrow().longValue())
                            .sum())
                    .isEqualTo(apiN);
        }
        var pdf = b.download("/bao-cao/don-vi/" + HONG_GAI + "/bao-cao.pdf?period=2026-10");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/unit-report-2026-10.pdf"), pdf.body());
        assertThat(b.download("/bao-cao/don-vi/" + HONG_GAI + "/bao-cao.pdf?period=2026-13")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anotherUnitsReportIsNotFound() {
        Browser b = browser();
        assertThat(b.signIn("halong.motcua", PW).statusCode()).isEqualTo(302);
        assertThat(b.download("/bao-cao/don-vi/" + HONG_GAI + "/bao-cao.pdf").statusCode())
                .isEqualTo(404);
        assertThat(b.download("/bao-cao/don-vi/" + HONG_GAI + "/can-bo.csv").statusCode())
                .isEqualTo(404);
        assertThat(browser()
                        .download("/bao-cao/don-vi/" + HONG_GAI + "/bao-cao.pdf")
                        .statusCode())
                .isIn(302, 401);
    }
}
