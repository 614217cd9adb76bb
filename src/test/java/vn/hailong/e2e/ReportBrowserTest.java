package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hailong.shared.VnNumbers;

/**
 * The provincial official opens the province dashboard, sorts it, drills down to a unit and to an officer,
 * and downloads the unit's report as PDF, whose figures are those of the measures API.
 */
class ReportBrowserTest extends BrowserTest {

    private static final String PW = "hailong-demo";

    static String text(byte[] pdf) throws java.io.IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("[ \\t\\u00a0]+", " ");
        }
    }

    @Test
    void provinceDashboardDownToAnOfficer() throws Exception {
        Page page = page(1280, 900);
        signIn(page, "quangninh");
        page.navigate(base() + "/bao-cao?period=2026");
        assertThat(page.locator("h1")).hasText("Báo cáo mức độ hài lòng");
        assertThat(page.locator("#period-key")).hasText("2026");
        Locator rows = page.locator("#units tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(rows.count()).isGreaterThan(10);
        // by late 2026 every demo unit has 30 answers in the year; "not enough answers" is checked on a month in
        // RankingPagesTest
        assertThat(page.locator("#units thead")).containsText("Nhóm hạng");
        assertThat(page.locator("#units tbody tr").first().locator("td").first())
                .hasText("1");
        page.waitForFunction("() => window.Chart !== undefined && Chart.getChart('trend') !== undefined");
        screenshot(page, "report-province");

        page.locator("#units th").nth(3).click();
        page.locator("#units th").nth(3).click();
        long first =
                Long.parseLong(rows.first().locator("td").nth(3).textContent().trim());
        long second =
                Long.parseLong(rows.nth(1).locator("td").nth(3).textContent().trim());
        assertThat(first).isGreaterThanOrEqualTo(second);

        page.locator("#units").getByText("Phường Hồng Gai").click();
        assertThat(page.locator("h1")).containsText("Phường Hồng Gai");
        Locator officers = page.locator("#officers tbody tr a").first();
        String name = officers.textContent().trim();
        assertThat(page.locator("#d766")).containsText("/20");
        screenshot(page, "report-unit");
        officers.click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main")).containsText("Theo thủ tục");
        page.waitForFunction("() => window.Chart !== undefined && Chart.getChart('trend') !== undefined");
        screenshot(page, "report-officer");

        // the unit's report for the year, as PDF: its figures are the API's
        String unit = page.url().replaceAll(".*/bao-cao/don-vi/([^/]+)/can-bo/.*", "$1");
        Download download =
                page.waitForDownload(() -> page.locator("#report-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/unit-report-browser.pdf"), pdf);
        String text = text(pdf);
        String year = "&from=2026-01-01&to=2026-12-31";
        vn.hailong.support.Browser api = browser();
        JsonNode officer = null;
        for (JsonNode item : json(api.get(
                                "/api/v1/insight/satisfaction?groupBy=officer&unit=" + unit + year, "quangninh", PW)
                        .body())
                .get("items")) {
            if (item.get("label").asString().equals(name)) {
                officer = item;
            }
        }
        JsonNode total = json(api.get("/api/v1/insight/satisfaction?groupBy=unit&unit=" + unit + year, "quangninh", PW)
                        .body())
                .get("items")
                .get(0);
        JsonNode time = json(api.get("/api/v1/insight/timeliness?groupBy=unit&unit=" + unit + year, "quangninh", PW)
                        .body())
                .get("items")
                .get(0);
        assertThat(text)
                .contains(
                        "Kết quả giải quyết thủ tục hành chính",
                        "năm 2026",
                        VnNumbers.number(total.get("satisfied").asLong()) + " / "
                                + VnNumbers.number(total.get("n").asLong()) + " = "
                                + VnNumbers.percent(total.get("rate").asDouble()),
                        "Số hồ sơ đã giải quyết: "
                                + VnNumbers.number(time.get("finished").asLong()),
                        "trễ hạn " + VnNumbers.number(time.get("late").asLong()));
        JsonNode response = json(api.get("/api/v1/insight/response-rate?unit=" + unit + year, "quangninh", PW)
                .body());
        assertThat(response.get("rate").asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(text)
                .contains(
                        "Số hồ sơ đã trả kết quả: "
                                + VnNumbers.number(response.get("returned").asLong()) + ", trong đó có đánh giá "
                                + VnNumbers.number(response.get("rated").asLong()),
                        VnNumbers.percent(response.get("rate").asDouble()));
        assertThat(text.replaceAll("\\s+", " "))
                .contains(
                        "phiếu trong hòm phiếu "
                                + VnNumbers.number(response.get("ballotSlips").asLong()),
                        "đánh giá không gắn hồ sơ "
                                + VnNumbers.number(
                                        response.get("withoutDossier").asLong()));
        String officerLine =
                text.lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(officerLine)
                .contains(VnNumbers.number(officer.get("n").asLong()) + " "
                        + VnNumbers.percent(officer.get("rate").asDouble()));

        // the officer's monthly scorecard for the evaluation meeting
        page.locator("#evaluation-link").click();
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("#evaluation")).containsText("Lượt đánh giá nhận được");
        screenshot(page, "report-officer-month");

        // down to a procedure the officer handled, then to the dossiers behind its count
        page.goBack();
        Locator procedure = page.locator("main table a[href*='/thu-tuc/']").first();
        String procedureName = procedure.textContent().trim();
        procedure.click();
        assertThat(page.locator("h1")).hasText(procedureName);
        assertThat(page.locator("#procedure-scope")).containsText(name);
        assertThat(page.locator("#procedure-days")).containsText("ngày làm việc");
        page.waitForFunction("() => window.Chart !== undefined && Chart.getChart('trend') !== undefined");
        screenshot(page, "report-procedure");
        String finished =
                page.locator("#procedure-finished").textContent().trim().split(" ")[0];
        page.locator("#procedure-finished").click();
        assertThat(page.locator("main")).containsText(finished + " kết quả");

        page.locator("main a", new Page.LocatorOptions().setHasText("Trễ hạn")).count();
        page.navigate(base() + "/bao-cao?period=2026-Q3&lang=en");
        assertThat(page.locator("h1")).hasText("Satisfaction report");
        page.navigate(base() + "/bao-cao?lang=vi");
    }
}
