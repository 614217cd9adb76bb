package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;

/** A citizen scans the receipt's QR code on a small phone and rates the reception in a few taps. */
class PhoneRatingBrowserTest extends BrowserTest {

    @Autowired
    Agencies agencies;

    @Test
    void rateOnAPhone() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String url = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-003", "applicantName": "Hà Văn Tâm"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("ratingUrl")
                .asString();
        String path = url.substring(url.indexOf("/r/"));
        Page page = page(360, 740);
        page.navigate(base() + path);
        assertThat(page.locator("h1")).hasText("Đánh giá sự hài lòng");
        assertThat(page.locator(".where")).containsText("Đăng ký khai tử");
        // the receipt's QR rates the reception: what is rated is said plainly, and the result is not asked yet
        assertThat(page.locator("#moment")).hasText("Việc tiếp nhận hồ sơ");
        assertThat(page.locator(".moment-intro")).containsText("Kết quả giải quyết sẽ được mời đánh giá riêng");
        assertThat(page.getByRole(
                        AriaRole.GROUP, new Page.GetByRoleOptions().setName("Kết quả giải quyết thủ tục hành chính")))
                .hasCount(0);
        page.getByRole(
                        AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName("Thái độ, giao tiếp, tinh thần trách nhiệm của cán bộ"))
                .getByText("Hài lòng", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot(page, "phone-rating");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(page.locator("main")).containsText("Cảm ơn Ông/Bà đã đánh giá");
        page.navigate(base() + path);
        assertThat(page.locator("main")).containsText("Hồ sơ này đã được đánh giá");
    }
}
