package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The provincial official opens the province dashboard, sorts it, drills down to a unit and to an officer. */
class ReportBrowserTest extends BrowserTest {

    @Test
    void provinceDashboardDownToAnOfficer() {
        Page page = page(1280, 900);
        signIn(page, "quangninh");
        page.navigate(base() + "/bao-cao?period=2026");
        assertThat(page.locator("h1")).hasText("Báo cáo mức độ hài lòng");
        assertThat(page.locator("#period-key")).hasText("2026");
        Locator rows = page.locator("#units tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(rows.count()).isGreaterThan(10);
        assertThat(page.locator("#units")).containsText("chưa đủ câu trả lời");
        assertThat(page.locator("#units tbody tr").first().locator("td").first()).hasText("1");
        page.waitForFunction("() => window.Chart !== undefined && Chart.getChart('trend') !== undefined");
        screenshot(page, "report-province");

        page.locator("#units th").nth(3).click();
        page.locator("#units th").nth(3).click();
        long first = Long.parseLong(rows.first().locator("td").nth(3).textContent().trim());
        long second = Long.parseLong(rows.nth(1).locator("td").nth(3).textContent().trim());
        assertThat(first).isGreaterThanOrEqualTo(second);

        page.locator("#units").getByText("Phường Hồng Gai").click();
        assertThat(page.locator("h1")).containsText("Phường Hồng Gai");
        Locator officers = page.locator("#officers tbody tr a").first();
        String name = officers.textContent().trim();
        screenshot(page, "report-unit");
        officers.click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main")).containsText("Theo thủ tục");
        page.waitForFunction("() => window.Chart !== undefined && Chart.getChart('trend') !== undefined");
        screenshot(page, "report-officer");

        page.locator("main a", new Page.LocatorOptions().setHasText("Trễ hạn")).count();
        page.navigate(base() + "/bao-cao?period=2026-Q3&lang=en");
        assertThat(page.locator("h1")).hasText("Satisfaction report");
        page.navigate(base() + "/bao-cao?lang=vi");
    }
}
