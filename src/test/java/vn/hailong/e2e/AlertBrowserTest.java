package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The unit leader sees the count of alerts in the menu, opens them, is told in Vietnamese that closing needs a
 * note, acknowledges and closes one; on the rules page a threshold out of range is refused and a good one saved.
 */
class AlertBrowserTest extends BrowserTest {

    @Test
    void leaderAcknowledgesAndClosesAnAlertAndSetsARule() {
        Page page = page(1280, 900);
        signIn(page, "honggai.lanhdao");
        page.navigate(base() + "/bao-cao");
        assertThat(page.locator("#nav-alerts .alert-count")).hasText(java.util.regex.Pattern.compile("\\d+"));
        page.locator("#nav-alerts").click();
        assertThat(page.locator("h1")).hasText("Cảnh báo");
        Locator row = page.locator("#alerts tbody tr", new Page.LocatorOptions().setHas(page.locator("form.ack")))
                .first();
        String id = row.getAttribute("id");
        assertThat(row).containsText("Phường Hồng Gai");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đóng cảnh báo"))
                .click();
        assertThat(page.locator(".alert.error")).containsText("Hãy ghi rõ việc đã làm");
        Locator same = page.locator("#" + id);
        same.getByPlaceholder("Ghi chú (không bắt buộc)").fill("Đã nhận, giao cán bộ một cửa rà soát");
        same.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xác nhận"))
                .click();
        assertThat(page.locator("#" + id)).containsText("Đã xác nhận");
        assertThat(page.locator("#" + id)).containsText("Xác nhận: Trần Văn Minh");
        page.locator("#" + id).getByPlaceholder("Việc đã làm (bắt buộc)").fill("Đã họp rút kinh nghiệm, trả hồ sơ tồn");
        page.locator("#" + id)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đóng cảnh báo"))
                .click();
        assertThat(page.locator(".alert.ok")).isVisible();
        assertThat(page.locator("#" + id)).hasCount(0);
        page.locator("#alert-tabs").getByText("Đã đóng").click();
        assertThat(page.locator("#" + id)).containsText("Đã họp rút kinh nghiệm, trả hồ sơ tồn");
        screenshot(page, "alerts-closed");

        page.locator("#alert-tabs").getByText("Quy tắc cảnh báo").click();
        assertThat(page.locator("h1")).hasText("Quy tắc cảnh báo");
        assertThat(page.locator("#rules")).containsText("Mọi đơn vị của Tỉnh Quảng Ninh");
        Locator form = page.locator("#new-rule");
        form.locator("select[name=kind]").selectOption("SATISFACTION_BELOW");
        form.locator("input[name=threshold]").fill("150");
        form.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".alert.error")).containsText("lớn hơn 0% và không quá 100%");
        assertThat(page.locator("#new-rule input[name=threshold]")).hasValue("150");
        page.locator("#new-rule input[name=threshold]").fill("85,5");
        page.locator("#new-rule input[name=windowDays]").fill("14");
        page.locator("#new-rule").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".alert.ok")).isVisible();
        Locator added = page.locator("#rules tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("input[value='85,5']")));
        assertThat(added).hasCount(1);
        assertThat(added.locator("input[name=windowDays]")).hasValue("14");
        added.locator("input[name=active]").uncheck();
        added.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.locator("#rules tbody tr")
                        .filter(new Locator.FilterOptions().setHas(page.locator("input[value='85,5']")))
                        .locator("input[name=active]"))
                .not()
                .isChecked();
        screenshot(page, "alert-rules");
    }
}
