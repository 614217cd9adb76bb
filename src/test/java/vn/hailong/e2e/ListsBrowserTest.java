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

    @org.springframework.beans.factory.annotation.Autowired
    vn.hailong.letter.Letters letters;

    @org.springframework.beans.factory.annotation.Autowired
    vn.hailong.organization.Agencies agencies;

    /** Three returned birth registrations of Hồng Gai, so three congratulation letters to list. */
    void congratulationLetters() {
        var api = new vn.hailong.support.Browser(base());
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        for (String name : java.util.List.of("Nguyễn Thị Lan", "Trần Văn Bảo", "Phạm Thị Hoa")) {
            String code = json(api.postJson(
                                    "/api/v1/dossiers",
                                    "{\"agencyId\": %d, \"procedureCode\": \"HT-001\", \"applicantName\": \"%s\"}"
                                            .formatted(hongGai, name),
                                    "honggai.motcua",
                                    "hailong-demo")
                            .body())
                    .get("code")
                    .asString();
            java.util.List.of("RESOLVED", "RETURNED")
                    .forEach(t -> api.postJson(
                            "/api/v1/dossiers/" + code + "/events",
                            "{\"eventId\": \"%1$s\", \"type\": \"%1$s\"}".formatted(t),
                            "honggai.motcua",
                            "hailong-demo"));
        }
        vn.hailong.access.SystemActor.run(
                "test",
                () -> letters.proposeLifeEventLetters(
                        java.time.LocalDate.now(clock).minusDays(1)));
    }

    @Test
    void theLetterAndRatingListsShowTheirSearchFiltersCountAndPager() {
        congratulationLetters();
        Page page = page(1280, 900);
        signIn(page, "honggai.lanhdao");
        page.navigate(base() + "/thu?kind=CONGRATULATION&limit=2");
        assertThat(page.locator("input[name=q]").count()).isEqualTo(1);
        assertThat(page.locator(".list-count").textContent()).contains("kết quả");
        assertThat(page.locator("select[name=kind] option[selected]").textContent())
                .isEqualTo("Thư chúc mừng");
        screenshot(page, "lists-letters");
        assertThat(page.locator("a[rel=next]").count())
                .as(page.locator(".list-count").textContent())
                .isEqualTo(1);
        page.locator("a[rel=next]").click();
        page.waitForURL(u -> u.contains("cursor="));
        assertThat(page.url()).contains("kind=CONGRATULATION");
        assertThat(page.locator("select[name=kind] option[selected]").textContent())
                .isEqualTo("Thư chúc mừng");

        page.navigate(base() + "/danh-gia/danh-sach?from=2026-01-01&limit=10");
        assertThat(page.locator(".list-count").textContent()).contains("kết quả");
        assertThat(page.locator("table.grid tbody tr").count()).isEqualTo(10);
        screenshot(page, "lists-ratings");
        page.locator("select[name=moment]").selectOption("RESULT");
        page.locator("select[name=channel]").selectOption("QR");
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(u -> u.contains("channel=QR"));
        assertThat(page.url()).contains("moment=RESULT", "from=2026-01-01");
        screenshot(page, "lists-ratings-filtered");
        page.navigate(page.url() + "&limit=5");
        assertThat(page.locator("a[rel=next]").count())
                .as(page.locator(".list-count").textContent())
                .isEqualTo(1);
        page.locator("a[rel=next]").click();
        page.waitForURL(u -> u.contains("cursor="));
        assertThat(page.locator("select[name=channel] option[selected]").textContent())
                .isEqualTo("Mã QR trên giấy hẹn");
        assertThat(page.locator("select[name=moment] option[selected]").textContent())
                .isEqualTo("Kết quả giải quyết hồ sơ");
        assertThat(page.locator("input[name=from]").inputValue()).isEqualTo("2026-01-01");
    }
}
