package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;

/**
 * An interviewer's tablet loses its network, reloads the page from the service worker, interviews two
 * people, gets the network back, and the server ends with exactly those two responses.
 */
class SurveyInterviewBrowserTest extends BrowserTest {

    static final String GATE =
            "Ông/Bà có thực hiện góp ý, phản ánh, kiến nghị liên quan đến việc cung ứng dịch vụ hành chính công không?";
    static final String F1_1 =
            "Nơi ngồi chờ tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả có đủ chỗ ngồi";
    static final String F5_2 = "Người dân, tổ chức thực hiện góp ý, phản ánh, kiến nghị dễ dàng";

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void interviewsTakenOfflineArriveOnce() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        long campaign = jdbc.sql(
                        "select id from survey_campaign where status = 'OPEN' and title like 'Khảo sát SIPAS năm %' order by id limit 1")
                .query(Long.class)
                .single();
        int before = interviews(campaign, hongGai);

        BrowserContext tablet = chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1024, 768));
        Page page = tablet.newPage();
        signIn(page, "honggai.lanhdao");
        page.navigate(base() + "/khao-sat-sipas/phong-van");
        assertThat(page.locator("h1:visible")).hasText("Phỏng vấn khảo sát");
        page.evaluate("navigator.serviceWorker.ready.then(() => true)");
        page.waitForFunction("navigator.serviceWorker.controller !== null || caches.has('hailong-interview-v1')");
        page.locator("#campaign").selectOption(String.valueOf(campaign));
        screenshot(page, "interview-choose");

        tablet.setOffline(true);
        page.reload();
        assertThat(page.locator("h1:visible")).hasText("Phỏng vấn khảo sát");
        page.evaluate("window.dispatchEvent(new Event('offline'))");
        page.locator("#campaign").selectOption(String.valueOf(campaign));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu phỏng vấn"))
                .click();
        assertThat(page.locator("#ask-sub")).containsText("Hồng Gai");
        Locator factor5 = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(F5_2));
        assertThat(factor5).isHidden();
        group(page, F1_1).getByText("Rất hài lòng").click();
        group(page, GATE)
                .getByText("Có", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(factor5).isVisible();
        factor5.getByText("Hài lòng", new Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot(page, "interview-ask");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiếu"))
                .click();
        assertThat(page.locator("#done h1")).hasText("Đã lưu phiếu");
        assertThat(page.locator("#net")).containsText("1 phiếu đang chờ gửi");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Người trả lời tiếp theo"))
                .click();
        group(page, F1_1).getByText("Bình thường").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiếu"))
                .click();
        assertThat(page.locator("#net")).containsText("2 phiếu đang chờ gửi");
        screenshot(page, "interview-offline");
        assertThat(interviews(campaign, hongGai)).isEqualTo(before);

        tablet.setOffline(false);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#net")).hasText("Đã kết nối");
        page.evaluate("window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(500);
        assertThat(interviews(campaign, hongGai)).isEqualTo(before + 2);
        tablet.close();
    }

    private int interviews(long campaign, long agency) {
        return jdbc.sql(
                        "select count(*) from survey_response where campaign_id = :c and agency_id = :a and channel = 'INTERVIEW'")
                .param("c", campaign)
                .param("a", agency)
                .query(Integer.class)
                .single();
    }

    private static Locator group(Page page, String name) {
        return page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
