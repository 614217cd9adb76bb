package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A person signs in in Chromium, opens the unit tree, a commune with its history, the catalogue and the calendar. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void signInOpenTheUnitTreeAndTheCalendar() {
        Page page = page(1280, 900);
        String base = base();
        page.navigate(base + "/don-vi");
        assertThat(page).hasURL(base + "/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill("quangninh");
        page.getByLabel("Mật khẩu").fill("hailong-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("h1")).hasText("Đơn vị hành chính");
        page.waitForFunction("() => window.htmx !== undefined");

        page.locator("summary", new Page.LocatorOptions().setHasText("Tỉnh Quảng Ninh"))
                .click();
        assertThat(page.locator("#c-22")).containsText("Phường Hồng Gai");
        screenshot(page, "units-tree");

        page.locator("#c-22").getByText("Phường Hồng Gai").click();
        assertThat(page.locator("h1")).hasText("Phường Hồng Gai");
        assertThat(page.locator("main")).containsText("Phường Trần Hưng Đạo");
        screenshot(page, "unit-detail");

        page.navigate(base + "/thu-tuc");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByLabel("Tìm thủ tục").fill("ket hon");
        assertThat(page.locator("#rows")).containsText("Đăng ký kết hôn");
        screenshot(page, "catalog");

        page.navigate(base + "/lich?year=2026");
        assertThat(page.locator("h1")).hasText("Lịch làm việc năm 2026");
        assertThat(page.locator("main")).containsText("Tết Nguyên đán");
        screenshot(page, "calendar-2026");

        page.navigate(base + "/lich?year=2026&lang=en");
        assertThat(page.locator("h1")).hasText("Working calendar for 2026");
        page.navigate(base + "/");
        assertThat(page.locator("main")).containsText("Hello Nguyễn Thị Thanh Hương");
        page.navigate(base + "/?lang=vi");
        screenshot(page, "home");
    }
}
