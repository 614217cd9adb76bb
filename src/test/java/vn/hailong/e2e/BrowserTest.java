package vn.hailong.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.hailong.support.AppTest;

/** Debian's Chromium driven by Playwright against the application on a random port. */
abstract class BrowserTest extends AppTest {

    static Playwright playwright;
    static Browser chromium;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("hailong.chromium", "/usr/bin/chromium")))
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        chromium.close();
        playwright.close();
    }

    /** Every Content-Security-Policy violation any page of the test reported (the browser says so on its console). */
    final java.util.List<String> policyViolations = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @org.junit.jupiter.api.AfterEach
    void noPageBrokeTheContentSecurityPolicy() {
        org.assertj.core.api.Assertions.assertThat(policyViolations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The messages of the confirmations the pages asked for, in order. */
    final java.util.List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();

    Page page(int width, int height) {
        Page page = chromium.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        // a confirmation before an irreversible action is answered "OK", and recorded for the test to check
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.accept();
        });
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + m.text());
            }
            if ("error".equals(m.type())) {
                System.out.println("Browser console error on " + page.url() + ": " + m.text());
            }
        });
        return page;
    }

    void signIn(Page page, String user) {
        page.navigate(base() + "/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill("hailong-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url -> !url.contains("dang-nhap"));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
