package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A unit leader enters a Saturday morning the agency works on its own calendar page, sees it saved with the number of
 * due dates and openings recomputed, then removes it; a blank name is explained and what was typed is kept.
 */
class AgencyCalendarBrowserTest extends BrowserTest {

    @Test
    void aLeaderEntersAndRemovesASaturdayTheAgencyWorks() {
        Page page = page(1280, 900);
        String base = base();
        page.navigate(base + "/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill("honggai.lanhdao");
        page.getByLabel("Mật khẩu").fill("hailong-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();

        page.navigate(base + "/lich?year=2026");
        page.locator("#agency-calendar-link").click();
        assertThat(page.locator("h1")).containsText("Lịch làm việc riêng");
        assertThat(page.locator("#no-agency-days")).isVisible();

        page.locator("#agency-day-form #day").fill("2026-12-05");
        page.locator("#agency-day-form #kind").selectOption("WORKING_SWAP");
        page.locator("#agency-day-form #source").fill("QĐ 12/QĐ-UBND");
        page.locator("#agency-day-form #name").fill(" ");
        page.locator("#agency-day-form button[type=submit]").click();
        assertThat(page.locator("[role=alert]")).isVisible();
        assertThat(page.locator("#agency-day-form #source")).hasValue("QĐ 12/QĐ-UBND");
        assertThat(page.locator("#agency-day-form #day")).hasValue("2026-12-05");

        page.locator("#agency-day-form #name").fill("Làm việc sáng thứ Bảy");
        page.locator("#agency-day-form button[type=submit]").click();
        assertThat(page.locator("#agency-day-saved")).containsText("Đã lưu");
        assertThat(page.locator("#agency-days")).containsText("Làm việc sáng thứ Bảy");
        assertThat(page.locator("#agency-days")).containsText("05/12/2026");
        screenshot(page, "agency-calendar");

        page.locator("#agency-days button[type=submit]").click();
        assertThat(page.locator("#no-agency-days")).isVisible();
    }
}
