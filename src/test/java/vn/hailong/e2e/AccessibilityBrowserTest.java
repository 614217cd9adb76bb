package vn.hailong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.Agencies;

/**
 * The citizen pages pass axe-core (WCAG 2.1 A and AA rules) with no violation, on a phone (390 px) and the kiosk also
 * on its tablet (1024 px). axe runs in the real page after its scripts, on what a citizen sees first.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final String AXE = axeSource();

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCitizenPagesHaveNoAccessibilityViolation() {
        List<String> violations = new ArrayList<>();
        Page phone = page(390, 844);
        for (String path : List.of(
                "/",
                "/danh-gia",
                "/gop-y",
                "/cong-khai",
                "/cong-khai/gop-y",
                "/cong-khai/duong-day-nong?limit=5",
                "/kiosk",
                ratingPath(),
                surveyPath())) {
            violations.addAll(audit(phone, path, "390"));
        }
        Page tablet = page(1024, 768);
        violations.addAll(audit(tablet, "/kiosk#device=kiosk-demo-honggai", "1024"));
        tablet.locator("#officers button").first().click();
        tablet.waitForSelector("#rate:not([hidden])");
        violations.addAll(check(tablet, "/kiosk (rating an officer) 1024"));
        screenshot(tablet, "a11y-kiosk-rate-1024");
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
    }

    /** The page's violations, one line each: page, rule, impact, and the elements' selectors. */
    List<String> audit(Page page, String path, String width) {
        page.navigate(base() + path);
        page.waitForLoadState();
        if (path.startsWith("/kiosk#")) {
            page.waitForSelector("#start:not([hidden])");
        }
        screenshot(page, "a11y" + path.replaceAll("[^a-z0-9]+", "-") + width);
        return check(page, path + " " + width);
    }

    @SuppressWarnings("unchecked")
    static List<String> check(Page page, String where) {
        page.evaluate(AXE);
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
                })).violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | ')}))""");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            lines.add(
                    where + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + ": " + v.get("nodes"));
        }
        return lines;
    }

    String ratingPath() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String url = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-003", "applicantName": "Hà Văn Tâm"}""".formatted(hongGai), "honggai.motcua", "hailong-demo")
                        .body())
                .get("ratingUrl")
                .asString();
        return url.substring(url.indexOf("/r/"));
    }

    String surveyPath() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        String created = browser()
                .postJson("/api/v1/campaigns", """
                {"title": "Khảo sát kiểm tra trợ năng", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                 "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 1},
                 "lookbackFrom": "2025-11-01", "lookbackTo": "2026-11-22", "excludeMonths": 0, "seed": 7}""".formatted(hongGai, hongGai), "quangninh", "hailong-demo")
                .body();
        String token = jdbc.sql("select token from survey_invitation where campaign_id = :c order by id")
                .param("c", json(created).get("id").asLong())
                .query(String.class)
                .list()
                .get(0);
        return "/khao-sat/" + token;
    }

    static String axeSource() {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in)
                    .as("axe.min.js from com.deque.html.axe-core:playwright")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
