package vn.hailong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The list pages in a real browser (cases, audit log, letters, ratings): search box, filters, count and pager. */
class ListsBrowserTest extends BrowserTest {

    @Test
    void theCaseListAndTheAuditLogShowTheirSearchFiltersCountAndPager() {
        Page page = page(1280, 900);
        signIn(page, "honggai.lanhdao");
        page.navigate(base() + "/phan-anh?category=COMPLAINT&limit=5");
        assertThat(page.locator("input[name=q]").count()).isEqualTo(1);
        assertThat(page.locator(".list-count").textContent()).contains("kết quả");
        assertThat(page.locator("select[name=category] option[selected]").textContent())
                .isNotBlank();
        screenshot(page, "lists-feedback");

        Page admin = page(1280, 900);
        signIn(admin, "admin");
        admin.navigate(base() + "/quan-tri/nhat-ky?limit=10");
        assertThat(admin.locator(".list-count").textContent()).contains("kết quả");
        screenshot(admin, "lists-audit");
    }

    @Test
    void theLetterAndRatingListsShowTheirSearchFiltersCountAndPager() {
        Page page = page(1280, 900);
        signIn(page, "honggai.lanhdao");
        page.navigate(base() + "/thu?kind=CONGRATULATION&limit=3");
        assertThat(page.locator("input[name=q]").count()).isEqualTo(1);
        assertThat(page.locator(".list-count").textContent()).contains("kết quả");
        assertThat(page.locator("select[name=kind] option[selected]").textContent())
                .isEqualTo("Thư chúc mừng");
        assertThat(page.locator("a[rel=next]").count()).isEqualTo(1);
        screenshot(page, "lists-letters");
        page.locator("a[rel=next]").click();
        page.waitForURL(u -> u.contains("cursor="));
        assertThat(page.url()).contains("kind=CONGRATULATION");
        assertThat(page.locator("select[name=kind] option[selected]").textContent())
                .isEqualTo("Thư chúc mừng");

        page.navigate(base() + "/danh-gia/danh-sach?moment=RECEPTION&from=2026-01-01&limit=10");
        assertThat(page.locator(".list-count").textContent()).contains("kết quả");
        assertThat(page.locator("select[name=moment] option[selected]").textContent())
                .isEqualTo("Việc tiếp nhận hồ sơ");
        assertThat(page.locator("table.grid tbody tr").count()).isEqualTo(10);
        screenshot(page, "lists-ratings");
        page.locator("select[name=channel]").selectOption("QR");
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(u -> u.contains("channel=QR"));
        assertThat(page.url()).contains("moment=RECEPTION");
        page.locator("a[rel=next]").click();
        page.waitForURL(u -> u.contains("cursor="));
        assertThat(page.locator("select[name=channel] option[selected]").textContent())
                .isEqualTo("Mã QR trên giấy hẹn");
        assertThat(page.locator("input[name=from]").inputValue()).isEqualTo("2026-01-01");
    }
}
