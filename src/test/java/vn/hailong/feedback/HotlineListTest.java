package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;
import vn.hailong.support.Words;

/**
 * The hotline lists with the list mechanism, public ({@code /cong-khai/duong-day-nong}) and kept by administrators
 * ({@code /quan-tri/duong-day-nong}, scoped): search by the unit's or the leader's name without diacritics and by the
 * number, the level filter across the pages, sorting, keyset pages with the total.
 */
class HotlineListTest extends AppTest {

    static final String PASSWORD = "hailong-demo";
    static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    Agencies agencies;

    Browser anyone;
    long hongGai;
    String marker;
    List<String> phones = new ArrayList<>();

    @BeforeEach
    void setUp() {
        anyone = browser();
        hongGai = agencies.byCode("22-06685").orElseThrow().id();
        marker = Words.unique("Zq");
        java.util.Random random = new java.util.Random();
        Browser province = browser();
        province.signIn("quangninh", PASSWORD);
        String form = province.get("/quan-tri/duong-day-nong").body();
        for (String given : List.of("An", "Dũng", "Bảo")) {
            String phone = "0203" + (100000 + random.nextInt(899999));
            phones.add(phone);
            var r = province.postForm(
                    "/quan-tri/duong-day-nong",
                    "agencyId=" + hongGai + "&fullName=" + enc("Lê " + marker + " " + given) + "&position="
                            + enc("Phó Chủ tịch UBND") + "&phone=" + phone + "&_csrf=" + enc(Browser.csrf(form)));
            assertThat(r.statusCode()).isIn(200, 302);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String page(String query) {
        var r = anyone.get("/cong-khai/duong-day-nong?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    List<String> people(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<b>Lê " + marker + " (\\p{L}+)</b>").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void findsByUnitOrLeaderWithoutDiacriticsAndByTheNumber() {
        assertThat(people(page("q=" + enc("le " + marker.toLowerCase() + " dung"))))
                .containsExactly("Dũng");
        assertThat(page("q=" + enc(marker))).contains("3 kết quả");
        String unit = page("q=" + enc("phuong hong gai") + "&limit=200");
        assertThat(people(unit)).hasSize(3);
        assertThat(unit).contains("Phường Hồng Gai").doesNotContain("Phường Hạ Long");
        List<String> units = new ArrayList<>();
        Matcher m =
                Pattern.compile("my-6\"><span class=\"muted\">([^<]+)</span>").matcher(unit);
        while (m.find()) {
            units.add(vn.hailong.shared.VietnameseText.fold(m.group(1)));
        }
        assertThat(units)
                .as("by unit, without diacritics: Điểm tiếp nhận among the D, Ủy ban among the U")
                .hasSizeGreaterThan(3)
                .isSorted();
        assertThat(units.get(0)).startsWith("diem tiep nhan");
        String last = phones.get(1).substring(4);
        assertThat(people(page("q=" + last))).containsExactly("Dũng");
        String dotted = phones.get(1).substring(0, 4) + "." + phones.get(1).substring(4, 7) + "."
                + phones.get(1).substring(7);
        assertThat(people(page("q=" + enc(dotted)))).containsExactly("Dũng");
        assertThat(people(page("don-vi=" + enc("hong gai") + "&limit=200")))
                .as("the page's first parameter still searches")
                .hasSize(3);
    }

    @Test
    void theLevelFilterSurvivesKeysetPagesSortedWithTheTotal() {
        assertThat(people(page("q=" + marker + "&level=PROVINCE"))).isEmpty();
        String first = page("q=" + marker + "&level=COMMUNE&sort=person&dir=asc&limit=2");
        assertThat(first).contains("3 kết quả").contains("<option value=\"COMMUNE\" selected=\"selected\"");
        List<String> seen = new ArrayList<>(people(first));
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String href = next.group(1).replace("&amp;", "&");
        assertThat(href).contains("level=COMMUNE").contains("cursor=").contains("q=" + marker);
        String second = anyone.get(href).body();
        assertThat(second).contains("3 kết quả");
        assertThat(NEXT.matcher(second).find()).as("the last page").isFalse();
        seen.addAll(people(second));
        assertThat(seen).containsExactly("An", "Bảo", "Dũng");
        assertThat(people(page("q=" + marker + "&sort=person&dir=desc"))).containsExactly("Dũng", "Bảo", "An");
        assertThat(anyone.get("/cong-khai/duong-day-nong?sort=phone").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theAdministratorsListStaysInTheirScope() {
        Browser other = browser();
        other.signIn("halong.motcua", PASSWORD);
        String theirs = other.get("/quan-tri/duong-day-nong?q=" + marker).body();
        assertThat(theirs).contains("0 kết quả").doesNotContain("Lê " + marker);
        assertThat(other.get("/quan-tri/duong-day-nong?agency=" + hongGai).body())
                .doesNotContain("Phường Hồng Gai</td>");
        Browser province = browser();
        province.signIn("quangninh", PASSWORD);
        String mine = province.get("/quan-tri/duong-day-nong?q=" + marker + "&level=COMMUNE")
                .body();
        assertThat(mine).contains("3 kết quả").contains("Lê " + marker + " Bảo");
    }
}
