package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;

/**
 * A tablet at the desk loses its network, takes two ratings (one for a typed dossier code with the last
 * four digits of the applicant's phone, one for the officer on duty), gets the network back, and the server ends with exactly those two ratings.
 */
class KioskOfflineBrowserTest extends BrowserTest {

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void offlineRatingsArriveOnceWhenTheNetworkReturns() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String code = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-002", "applicantName": "Lò Văn Páo", "applicantPhone": "0912345678"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("code")
                .asString();
        LocalDateTime start = LocalDateTime.now(clock).minusMinutes(1);
        int before = kioskRatings(hongGai);

        BrowserContext tablet = chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1024, 768));
        Page page = tablet.newPage();
        page.navigate(base() + "/kiosk#device=kiosk-demo-honggai");
        assertThat(page.locator("h1:visible")).hasText("Mời Ông/Bà đánh giá sự hài lòng");
        assertThat(page.locator("#where")).containsText("Hồng Gai");
        assertThat(page.locator("#net")).hasText("Đã kết nối");
        assertFitsTheTablet(page);
        screenshot(page, "kiosk-start");

        tablet.setOffline(true);
        page.evaluate("window.dispatchEvent(new Event('offline'))");
        page.getByLabel("Quét mã QR trên giấy hẹn hoặc nhập mã hồ sơ").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục"))
                .click();
        assertThat(page.locator("#target-error")).containsText("4 số cuối số điện thoại");
        page.getByLabel("4 số cuối số điện thoại (khi nhập mã hồ sơ)").fill("5678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục"))
                .click();
        answerAll(page, "Rất hài lòng");
        screenshot(page, "kiosk-rate");
        assertFitsTheTablet(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(page.locator("#thanks h1")).hasText("Cảm ơn Ông/Bà đã đánh giá!");
        assertThat(page.locator("#net")).containsText("1 đánh giá đang chờ gửi");

        page.waitForSelector("#start:not([hidden])");
        page.locator("#officers button").first().click();
        answerAll(page, "Hài lòng");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(page.locator("#net")).containsText("2 đánh giá đang chờ gửi");
        screenshot(page, "kiosk-offline");
        assertThat(kioskRatings(hongGai)).isEqualTo(before);

        tablet.setOffline(false);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#net")).hasText("Đã kết nối");
        // A second flush (as after a reload) must not count anything twice.
        page.evaluate("window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(500);
        assertThat(kioskRatings(hongGai)).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                select count(*) from rating r join dossier d on d.id = r.dossier_id
                where d.code = :c and r.channel = 'KIOSK'""").param("c", code).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from rating where agency_id = :a and channel = 'KIOSK' and dossier_id is null and created_at >= :t""")
                        .param("a", hongGai)
                        .param("t", start)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The network is up but the server does not answer: the kiosk says so instead of "connected".
        page.route("**/api/v1/**", com.microsoft.playwright.Route::abort);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#net")).hasText("Không kết nối được máy chủ — đánh giá vẫn được lưu trên máy");
        screenshot(page, "kiosk-unreachable");
        tablet.close();
    }

    private int kioskRatings(long agency) {
        return jdbc.sql(
                        "select count(*) from rating where agency_id = :a and channel = 'KIOSK' and device_id is not null")
                .param("a", agency)
                .query(Integer.class)
                .single();
    }

    /** The kiosk's 1024×768 tablet shows the whole screen without scrolling either way. */
    private static void assertFitsTheTablet(Page page) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollHeight")).intValue())
                .isLessThanOrEqualTo(768);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(1024);
    }

    private static void answerAll(Page page, String level) {
        var groups = page.locator("#items fieldset");
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i)
                    .getByText(level, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .click();
        }
    }
}
