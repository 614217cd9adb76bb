package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Hồng Gai's commune centre receives a dossier that the Department of Justice resolves (Decree 118/2025/NĐ-CP Art.
 * 14(2)): the code is the department's, the dossier page names both; the unit page names the agencies' kinds in
 * Vietnamese; the catalogue shows the national procedure code.
 */
class CentreBrowserTest extends BrowserTest {

    @Test
    void aCommuneCentreReceivesForADepartment() {
        Page page = page(1280, 900);
        signIn(page, "honggai.trungtam");
        page.navigate(base() + "/ho-so/tiep-nhan");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByLabel("Cơ quan có thẩm quyền giải quyết")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Sở Tư pháp tỉnh Quảng Ninh"));
        page.getByLabel("Thủ tục hành chính")
                .first()
                .pressSequentially(
                        "trich luc", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#procedure-results")).containsText("Cấp bản sao trích lục hộ tịch");
        page.getByLabel("Họ và tên người nộp").fill("Lưu Thị Hạnh");
        page.getByLabel("Điện thoại").fill("0912345670");
        screenshot(page, "centre-reception-form");
        page.getByLabel("Họ và tên người nộp").press("Enter");
        assertThat(page.locator("h1")).containsText("Hồ sơ H22.20.01-");
        assertThat(page.locator("#receiving-agency")).hasText("Trung tâm Phục vụ hành chính công phường Hồng Gai");
        assertThat(page.locator("#resolving-agency")).hasText("Sở Tư pháp tỉnh Quảng Ninh");
        screenshot(page, "centre-dossier-received");

        Page official = page(1280, 900);
        signIn(official, "quangninh");
        official.navigate(base() + "/don-vi/06685");
        assertThat(official.locator("main")).containsText("(Trung tâm Phục vụ hành chính công cấp xã)");
        assertThat(official.locator("main")).containsText("(Điểm tiếp nhận và trả kết quả)");
        assertThat(official.locator("main")).not().containsText("COMMUNE_CENTRE");
        screenshot(official, "centre-unit-agencies");
    }

    @Test
    void theCatalogueShowsAndFindsTheNationalCode() {
        Page page = page(1280, 900);
        signIn(page, "admin");
        page.navigate(base() + "/thu-tuc?q=1.001193");
        assertThat(page.locator("#rows")).containsText("Đăng ký khai sinh");
        assertThat(page.locator("#rows")).containsText("Mã TTHC 1.001193");
        screenshot(page, "catalog-national-code");
        page.navigate(base() + "/thu-tuc/HT-001");
        assertThat(page.getByLabel("Mã TTHC quốc gia")).hasValue("1.001193");
        screenshot(page, "catalog-form-national-code");
    }
}
