package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * "Tiếp nhận và in giấy hẹn": saving the reception opens the receipt (form 01) in a window of its own, ready to print,
 * and the dossier page then shows the citizen's rating of the reception in its list and its timeline.
 */
class ReceptionPrintBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void receivingOpensTheReceiptAndThePageShowsTheRating() throws Exception {
        Page page = page(1280, 900);
        signIn(page, "honggai.motcua");
        page.navigate(base() + "/ho-so/tiep-nhan");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByLabel("Thủ tục hành chính")
                .first()
                .pressSequentially(
                        "dang ky khai sinh",
                        new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#documents")).containsText("Giấy chứng sinh");
        page.getByLabel("Họ và tên người nộp").fill("Đỗ Văn Hùng");
        page.getByLabel("Điện thoại").fill("0912777888");
        Page receipt = page.waitForPopup(() -> page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Tiếp nhận và in giấy hẹn"))
                .click());
        assertThat(page.locator("h1")).containsText("Hồ sơ 22-06685-");
        assertThat(page.locator("#receipt-printing")).containsText("đang được mở ở thẻ mới để in");
        String code = page.locator("h1").textContent().replaceAll(".*(22-06685-\\S+).*", "$1");
        receipt.waitForURL("**/ho-so/" + code + "/mau/01.pdf");
        screenshot(page, "reception-printing");

        APIResponse pdf = page.request().get(base() + "/ho-so/" + code + "/mau/01.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .startsWith("application/pdf");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/reception-receipt.pdf"), pdf.body());

        // the citizen scans the receipt's QR and rates the reception; the dossier page shows it
        String token = json(browser()
                        .get("/api/v1/dossiers/" + code, "honggai.motcua", "hailong-demo")
                        .body())
                .get("ratingUrl")
                .asString()
                .replaceAll(".*/r/", "");
        Page phone = page(390, 800);
        phone.navigate(base() + "/r/" + token);
        assertThat(phone.locator("#moment")).hasText("Việc tiếp nhận hồ sơ");
        phone.getByText("Rất không hài lòng").click();
        screenshot(phone, "rating-reception-phone");
        phone.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(phone.locator("main")).containsText("Cảm ơn Ông/Bà đã đánh giá");

        page.navigate(base() + "/ho-so/" + code);
        assertThat(page.locator("#dossier-ratings")).containsText("Việc tiếp nhận hồ sơ");
        assertThat(page.locator("#dossier-ratings")).containsText("1,0/5");
        assertThat(page.locator("#dossier-ratings")).containsText("Đánh giá thấp");
        assertThat(page.locator(".timeline")).containsText("Người dân đánh giá");
        assertThat(page.locator("#dossier-ratings a")).containsText("Đã thụ lý"); // the case the low rating opened
        screenshot(page, "dossier-rated");
        Page leader = page(1280, 900);
        signIn(leader, "honggai.lanhdao");
        leader.navigate(base() + "/ho-so/" + code);
        assertThat(leader.locator("#dossier-ratings a")).containsText("Đã thụ lý");
        screenshot(leader, "dossier-rated-leader");
        leader.locator("#dossier-ratings a").click();
        assertThat(leader.locator("main")).containsText(code);

        // at the return the page invites to print the result's slip; the citizen rates the result by its link
        page.navigate(base() + "/ho-so/" + code);
        page.locator("#step-RESOLVED summary").click();
        page.locator("#step-RESOLVED button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Đã giải quyết");
        page.locator("#step-RETURNED summary").click();
        page.locator("#step-RETURNED button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Đã trả kết quả");
        screenshot(page, "dossier-returned-invite");
        assertThat(page.locator("#invite-result")).containsText("đánh giá kết quả giải quyết");
        String result = jdbc.sql("select t.token from rating_token t join dossier d on d.id = t.dossier_id"
                        + " where d.code = :c and t.moment = 'RESULT'")
                .param("c", code)
                .query(String.class)
                .single();
        phone.navigate(base() + "/r/" + result);
        assertThat(phone.locator("#moment")).hasText("Kết quả giải quyết hồ sơ");
        phone.getByRole(
                        com.microsoft.playwright.options.AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName("Kết quả giải quyết thủ tục hành chính"))
                .getByText("Rất hài lòng")
                .click();
        phone.getByRole(
                        com.microsoft.playwright.options.AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName("Thái độ, giao tiếp, tinh thần trách nhiệm của cán bộ"))
                .getByText("Hài lòng", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot(phone, "rating-result-phone");
        phone.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(phone.locator("main")).containsText("Cảm ơn Ông/Bà đã đánh giá");
        page.navigate(base() + "/ho-so/" + code);
        assertThat(page.locator("#dossier-ratings tbody tr")).hasCount(2);
        assertThat(page.locator("#dossier-ratings")).containsText("Kết quả giải quyết hồ sơ");
        assertThat(page.locator("#dossier-ratings")).containsText("4,5/5");
        assertThat(page.locator("#invite-result")).hasCount(0);
        screenshot(page, "dossier-rated-twice");
    }
}
