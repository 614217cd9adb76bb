package vn.hailong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The citizens' front door at / on a phone (390 px): its doors, the scorecard that does not scroll sideways and finds
 * "my commune" by name without diacritics; staff still land on their home; the dossier list searches and pages.
 */
class FrontDoorBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.hailong.organization.Agencies agencies;

    static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void aCitizenFindsEveryServiceAndTheirCommuneOnAPhone() {
        Page phone = page(390, 844);
        phone.navigate(base() + "/");
        assertThat(phone.locator("h1").textContent()).isEqualTo("Dịch vụ dành cho người dân");
        for (String door :
                List.of("Đánh giá hồ sơ", "Gửi góp ý, phản ánh, kiến nghị", "Kết quả công khai", "Đường dây nóng")) {
            assertThat(phone.locator("a.door", new Page.LocatorOptions().setHasText(door))
                            .count())
                    .as(door)
                    .isEqualTo(1);
        }
        assertThat(scrollWidth(phone)).isLessThanOrEqualTo(390);
        screenshot(phone, "front-door-390");

        phone.locator("a.door", new Page.LocatorOptions().setHasText("Kết quả công khai"))
                .click();
        phone.waitForURL(u -> u.contains("/cong-khai"));
        assertThat(scrollWidth(phone))
                .as("the scorecard does not scroll sideways")
                .isLessThanOrEqualTo(390);
        int all = phone.locator("#scorecard tbody tr").count();
        assertThat(all).isGreaterThan(1);
        phone.getByLabel("Tìm xã, phường của bạn").fill("hong gai");
        List<String> shown =
                phone.locator("#scorecard tbody tr:visible td:first-child").allTextContents();
        assertThat(shown)
                .isNotEmpty()
                .hasSizeLessThan(all)
                .allSatisfy(n -> assertThat(n).contains("Hồng Gai"));
        assertThat(scrollWidth(phone)).isLessThanOrEqualTo(390);
        screenshot(phone, "scorecard-390-search");
        phone.getByLabel("Tìm xã, phường của bạn").fill("không có xã này");
        assertThat(phone.locator("#unit-search-none").isVisible()).isTrue();

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang chủ"))
                .click();
        phone.waitForURL(u -> u.endsWith("/"));
        phone.locator("a.door", new Page.LocatorOptions().setHasText("Gửi góp ý"))
                .click();
        phone.waitForURL(u -> u.contains("/gop-y"));
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết quả công khai"))
                        .count())
                .as("the citizen pages link to each other")
                .isEqualTo(1);
    }

    @Test
    void staffLandOnTheirHomeAndFindADossierByNameWithoutDiacritics() {
        Page desk = page(1280, 900);
        signIn(desk, "honggai.motcua");
        desk.navigate(base() + "/");
        assertThat(desk.content()).contains("Xin chào");
        desk.navigate(base() + "/ho-so");
        assertThat(desk.locator(".list-count").textContent()).contains("kết quả");
        desk.locator("a[rel=next]").click();
        desk.waitForURL(u -> u.contains("cursor="));
        String first =
                desk.locator("table.grid tbody tr td:first-child a").first().textContent();
        desk.getByLabel("Tìm hồ sơ").fill(first.replace("-", ""));
        desk.getByLabel("Tìm hồ sơ").press("Enter");
        desk.waitForURL(u -> u.contains("q="));
        assertThat(desk.locator("table.grid tbody tr").count()).isEqualTo(1);
        assertThat(desk.locator(".list-count").textContent()).contains("1 kết quả");
        screenshot(desk, "dossier-list-search");
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN")).click();
        desk.waitForURL(u -> u.contains("lang=en"));
        desk.waitForSelector("html[lang=en]");
        assertThat(desk.url()).contains("q=");
        assertThat(desk.locator("table.grid tbody tr").count()).isEqualTo(1);
    }

    @Test
    void theDossierPageOffersTheNextStepsEachWithItsOwnFieldsAndPrintsForm02() {
        Page desk = page(1280, 900);
        signIn(desk, "honggai.motcua");
        desk.navigate(base() + "/");
        assertThat(desk.locator("#receive-dossier").isVisible()).isTrue();
        screenshot(desk, "home-counter-officer");
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var received = new vn.hailong.support.Browser(base())
                .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "channel": "IN_PERSON", "applicantName": "Đỗ Thị Lan",
                 "documents": [{"name": "Tờ khai", "form": "ORIGINAL", "count": 1}]}""".formatted(hongGai), "honggai.motcua", "hailong-demo");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        desk.navigate(base() + "/ho-so/" + json(received.body()).get("code").asString());
        assertThat(desk.locator("#next-steps summary").allTextContents())
                .contains("Chuyển xử lý", "Yêu cầu bổ sung", "Giải quyết xong", "Xin lỗi và hẹn lại");
        desk.locator("#step-HANDED_OVER summary").click();
        assertThat(desk.locator("#step-HANDED_OVER select[name=officerId]").isVisible())
                .isTrue();
        assertThat(desk.locator("#step-HANDED_OVER input[name=newDueAt]").count())
                .isZero();
        assertThat(desk.locator("#step-EXTENDED input[name=newDueAt]").count()).isEqualTo(1);
        screenshot(desk, "dossier-next-steps");
        desk.locator("#step-SUPPLEMENT_REQUESTED summary").click();
        desk.locator("#SUPPLEMENT_REQUESTED-note").fill("Thiếu bản sao giấy chứng sinh");
        desk.locator("#step-SUPPLEMENT_REQUESTED button[type=submit]").click();
        desk.waitForURL(u -> u.contains("in=02"));
        assertThat(desk.locator("#print-now a").getAttribute("href")).endsWith("/mau/02.pdf");
        screenshot(desk, "dossier-supplement-print");
    }
}
