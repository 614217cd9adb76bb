package vn.hailong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The provincial official reads the citizen's evaluation under Decree 118 Art. 33 (the local rule said on the page),
 * an archived Decree 61 quarter (read-only, its PDF under its old title), the unit page's Decision 766 and flag cards
 * and a feedback case's deadlines; a one-stop officer opens the portal import page.
 */
class EvaluationBrowserTest extends BrowserTest {

    private static final String UNIT = "22-06685";

    @Test
    void evaluationPagesDecree61ArchiveAndPortalImport() throws Exception {
        Page page = page(1280, 900);
        signIn(page, "quangninh");
        page.navigate(base() + "/bao-cao/danh-gia-tthc?quarter=2026-Q3");
        assertThat(page.locator("h1")).hasText("Đánh giá việc giải quyết TTHC (Nghị định 118/2025/NĐ-CP)");
        assertThat(page.locator("#local-rule")).containsText("quy định của địa phương");
        screenshot(page, "evaluation-province");

        page.navigate(base() + "/bao-cao/don-vi/" + UNIT + "/danh-gia-tthc?quarter=2026-Q3");
        assertThat(page.locator("#decree61-indicators tbody tr")).hasCount(9);
        assertThat(page.locator("#decree61-indicators tbody tr").nth(4)).containsText("đ");
        assertThat(page.locator("#local-rule")).isVisible();
        assertThat(page.locator("#appraise-form")).isVisible();
        screenshot(page, "evaluation-unit");

        // an old address, from a bookmark
        page.navigate(base() + "/bao-cao/don-vi/" + UNIT + "/nghi-dinh-61?quarter=2025-Q2");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/danh-gia-tthc\\?quarter=2025-Q2"));
        assertThat(page.locator("h1")).containsText("Nghị định 61");
        assertThat(page.locator("#decree61-archive")).containsText("chỉ để xem");
        assertThat(page.locator("#decree61-indicators tbody tr").first()).containsText("CT1");
        assertThat(page.locator("#appraise-form")).hasCount(0);
        screenshot(page, "evaluation-decree61-archive");
        Download download =
                page.waitForDownload(() -> page.locator("#decree61-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/evaluation-2025-Q2.pdf"), pdf);
        assertThat(ReportBrowserTest.text(pdf))
                .contains("Nghị định số 61/2018/NĐ-CP")
                .contains("chỉ để xem")
                .doesNotContain("Điều 33");

        page.navigate(base() + "/bao-cao/don-vi/" + UNIT + "?period=2026");
        assertThat(page.locator("#d766")).containsText("2.1:");
        assertThat(page.locator("#d766")).containsText("5.2:");
        assertThat(page.locator("#dossier-flags")).isVisible();
        screenshot(page, "report-unit-766-flags");

        // a feedback case's deadlines: the one in law cited, the others said to be local settings
        page.navigate(base() + "/phan-anh");
        page.locator("main table a[href*='/phan-anh/']").first().click();
        assertThat(page.locator("#feedback-clock-basis")).containsText("điểm d khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP");
        assertThat(page.locator("#feedback-clock-basis")).containsText("quy định của địa phương");
        screenshot(page, "feedback-deadlines");

        Page officer = page(1280, 900);
        signIn(officer, "honggai.motcua");
        officer.navigate(base() + "/danh-gia/nhap-phieu");
        officer.locator("#portal-import-link").click();
        assertThat(officer.locator("h1")).hasText("Nhập đánh giá trên Cổng Dịch vụ công quốc gia");
        screenshot(officer, "portal-import");
    }
}
