package vn.hailong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The feedback case list and the audit log page in a real browser: search box, filters, count and pager. */
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
}
