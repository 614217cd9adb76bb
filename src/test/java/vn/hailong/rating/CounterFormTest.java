package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** A provincial official switches an agency to the 8-content form; its citizens then see 8 items. */
class CounterFormTest extends AppTest {

    @Autowired
    Agencies agencies;

    @Test
    void choosingTheEightContentForm() {
        long haLong = agencies.byCode("22-06688").orElseThrow().id();
        Browser official = browser();
        official.signIn("quangninh", "hailong-demo");
        String page = official.get("/quan-tri/phieu-danh-gia").body();
        assertThat(page).contains("Ủy ban nhân dân Phường Hạ Long", "Phiếu khảo sát 8 nội dung");
        official.postForm(
                "/quan-tri/phieu-danh-gia", "agencyId=" + haLong + "&formCode=EIGHT&_csrf=" + Browser.csrf(page));
        String url = json(browser()
                        .postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Đinh Thị Yến"}""".formatted(haLong), "halong.motcua", "hailong-demo")
                        .body())
                .get("ratingUrl")
                .asString();
        var form = json(browser()
                .get("/api/v1/rating-forms/" + url.substring(url.lastIndexOf('/') + 1))
                .body());
        assertThat(form.get("formCode").asString()).isEqualTo("EIGHT");
        // at reception, the eight-content form asks its four contents about the reception
        assertThat(form.get("moment").asString()).isEqualTo("RECEPTION");
        assertThat(form.get("items").size()).isEqualTo(4);
        Browser officer = browser();
        officer.signIn("halong.motcua", "hailong-demo");
        assertThat(officer.get("/quan-tri/phieu-danh-gia").statusCode()).isEqualTo(403);
    }
}
