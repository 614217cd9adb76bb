package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The desk officer receives a dossier with the keyboard, then records its resolution and return. */
class ReceptionBrowserTest extends BrowserTest {

    @Test
    void receiveWithTheKeyboardThenResolveAndReturn() {
        Page page = page(1280, 900);
        signIn(page, "honggai.motcua");
        page.navigate(base() + "/ho-so/tiep-nhan");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByLabel("Thủ tục hành chính")
                .first()
                .pressSequentially(
                        "dang ky khai sinh",
                        new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#procedure-results")).containsText("Đăng ký khai sinh");
        assertThat(page.locator("#documents")).containsText("Giấy chứng sinh");
        page.getByLabel("Họ và tên người nộp").fill("Nguyễn Thị Mai");
        page.getByLabel("Điện thoại").fill("0912345678");
        page.getByLabel("Địa chỉ").fill("Tổ 5, khu 3, phường Hồng Gai");
        screenshot(page, "reception-form");
        page.getByLabel("Họ và tên người nộp").press("Enter");
        assertThat(page.locator("h1")).containsText("Hồ sơ 22-06685-");
        assertThat(page.locator("main")).containsText("Đã tiếp nhận hồ sơ");
        assertThat(page.locator("main")).containsText("Nguyễn Thị Mai");
        screenshot(page, "dossier-received");

        page.locator("#step-RESOLVED summary").click();
        page.locator("#step-RESOLVED button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Đã giải quyết");
        page.locator("#step-RETURNED summary").click();
        page.locator("#step-RETURNED button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Đã trả kết quả");
        assertThat(page.locator(".timeline")).containsText("Trả kết quả");
        // returning cannot be undone, so the page asked first; resolving did not ask
        org.assertj.core.api.Assertions.assertThat(dialogs)
                .singleElement()
                .asString()
                .startsWith("Ghi nhận \"Trả kết quả\" cho hồ sơ 22-06685-")
                .endsWith("Sau khi lưu không hoàn tác được.");
        screenshot(page, "dossier-returned");

        page.navigate(base() + "/ho-so?timeliness=LATE");
        assertThat(page.locator("h1")).hasText("Hồ sơ một cửa");
        screenshot(page, "dossier-list-late");
    }
}
