package vn.hailong.e2e;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main pages work under the Content-Security-Policy: no inline script, handler or style is refused
 * (each refusal is a console message, collected by {@link BrowserTest}), and the scripted parts still run.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    static final List<String> PUBLIC =
            List.of("/", "/dang-nhap", "/gop-y", "/cong-khai", "/kiosk", "/danh-gia", "/khong-co-trang-nay", "/error");
    static final List<String> STAFF = List.of(
            "/",
            "/ho-so",
            "/ho-so/tiep-nhan",
            "/thu",
            "/hom-phieu",
            "/phan-anh",
            "/phan-anh/chu-de",
            "/bao-cao?period=2026",
            "/bao-cao/don-vi/22-06685?period=2026",
            "/canh-bao",
            "/tep-xuat",
            "/khao-sat-sipas",
            "/don-vi",
            "/thu-tuc",
            "/lich",
            "/quan-tri/nguoi-dung",
            "/danh-gia/nhap-phieu",
            "/tai-khoan/mat-khau",
            "/khao-sat-sipas/phong-van");

    @Test
    void theMainPagesRunWithoutAPolicyViolation() {
        Page anonymous = page(1280, 900);
        for (String path : PUBLIC) {
            anonymous.navigate(base() + path);
        }
        Page admin = page(1280, 900);
        signIn(admin, "admin");
        for (String path : STAFF) {
            admin.navigate(base() + path);
            admin.waitForLoadState();
        }
        admin.navigate(base() + "/bao-cao?period=2026");
        admin.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('trend'))");
        // the violations themselves are asserted after each test
    }
}
