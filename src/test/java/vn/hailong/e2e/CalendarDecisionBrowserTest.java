package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An administrator sees that 2027 is provisional, enters one decided day of 2026 in the form, checks the preview and
 * applies it; the calendar then shows the day off and its source.
 */
class CalendarDecisionBrowserTest extends BrowserTest {

    @Test
    void anAdministratorPreviewsThenAppliesADecidedDay() {
        Page page = page(1280, 900);
        String base = base();
        page.navigate(base + "/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill("hailong-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("#calendar-reminder")).containsText("2027");

        page.navigate(base + "/lich?year=2027");
        assertThat(page.locator("[data-provisional]")).containsText("tạm tính");

        page.navigate(base + "/lich?year=2026");
        page.locator("#day").fill("2026-12-28");
        page.locator("#kind").selectOption("EXTRA_DAY_OFF");
        page.locator("#name").fill("Nghỉ thử nghiệm (trình duyệt)");
        page.locator("#source").fill("TEST-E2E/2026");
        page.locator("form[action$='/lich/dieu-chinh'] button[type=submit]").click();
        assertThat(page.locator("h1")).containsText("xem trước");
        assertThat(page.locator("#decided-days")).containsText("TEST-E2E/2026");
        screenshot(page, "calendar-decision-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng quyết định"))
                .click();
        assertThat(page.locator("#decision-applied")).isVisible();
        assertThat(page.locator("main")).containsText("TEST-E2E/2026");
        assertThat(page.locator("main")).containsText("Nghỉ thử nghiệm (trình duyệt)");
        screenshot(page, "calendar-decision-applied");
    }
}
