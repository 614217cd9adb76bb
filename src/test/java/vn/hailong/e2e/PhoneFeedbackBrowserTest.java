package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A citizen files a complaint on a small phone (from the desk's QR) and follows it later by its tracking code. */
class PhoneFeedbackBrowserTest extends BrowserTest {

    @Test
    void fileACaseOnAPhoneAndFollowItByTrackingCode() {
        Page page = page(360, 740);
        page.navigate(base() + "/gop-y?co=22-06685");
        assertThat(page.locator("h1")).hasText("Góp ý, phản ánh, kiến nghị");
        assertThat(page.getByLabel("Cơ quan")).hasValue("Ủy ban nhân dân Phường Hồng Gai");
        page.getByText("Phản ánh", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                .fill("Máy lấy số thứ tự ở tầng 1 bị hỏng cả buổi sáng, người dân phải tự xếp hàng.");
        page.getByLabel("Số điện thoại").fill("0916 222 333");
        screenshot(page, "phone-feedback-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tiếp nhận ý kiến của Ông/Bà");
        String code = page.locator(".code").textContent().trim();
        org.assertj.core.api.Assertions.assertThat(code).startsWith("GY-");
        screenshot(page, "phone-feedback-received");

        Page later = page(360, 740);
        later.navigate(base() + "/gop-y");
        later.getByLabel("Mã tra cứu").fill(code.toLowerCase());
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu"))
                .click();
        assertThat(later.locator(".code")).hasText(code);
        assertThat(later.locator("main")).containsText("Đã tiếp nhận");
        assertThat(later.locator("main")).containsText("Ủy ban nhân dân Phường Hồng Gai");
        assertThat(later.locator("main")).not().containsText("0916");
        assertThat(later.locator("main")).not().containsText("Máy lấy số");
        org.assertj.core.api.Assertions.assertThat((Integer) later.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(later, "phone-feedback-status");
    }
}
