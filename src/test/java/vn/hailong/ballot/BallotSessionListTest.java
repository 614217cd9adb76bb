package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** The list of openings on the page ({@code /hom-phieu}) and in the API, over the demo's year of openings. */
class BallotSessionListTest extends AppTest {

    static final String PW = "hailong-demo";

    @Autowired
    Agencies agencies;

    JsonNode api(Browser b, String query, String user) {
        var r = b.get("/api/v1/ballot/sessions?" + query, user, PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    @Test
    void theApiPagesEveryMonthByCursorWithTheTotalAndStaysInScope() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        Browser b = browser();
        String filter = "month=&agency=" + hongGai + "&status=CLOSED&limit=5";
        JsonNode page = api(b, filter, "honggai.thuky");
        long total = page.get("total").asLong();
        assertThat(total).as("a year of closed openings").isGreaterThanOrEqualTo(11);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        List<Long> ids = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        while (true) {
            page.get("items").forEach(s -> {
                assertThat(s.get("agencyId").asLong()).isEqualTo(hongGai);
                assertThat(s.get("status").asString()).isEqualTo("CLOSED");
                ids.add(s.get("id").asLong());
                periods.add(s.get("period").asString());
            });
            if (page.get("nextCursor").isNull()) {
                break;
            }
            page = api(b, filter + "&cursor=" + page.get("nextCursor").asString(), "honggai.thuky");
            assertThat(page.get("total").asLong()).isEqualTo(total);
        }
        assertThat(ids).hasSize((int) total);
        assertThat(new HashSet<>(ids)).hasSize((int) total);
        assertThat(periods).as("latest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        YearMonth now = YearMonth.now(clock);
        JsonNode thisMonth = api(b, "agency=" + hongGai, "honggai.thuky");
        thisMonth
                .get("items")
                .forEach(s -> assertThat(s.get("period").asString()).isEqualTo(now.toString()));
        assertThat(api(b, "month=&agency=" + hongGai, "halong.motcua")
                        .get("total")
                        .asLong())
                .as("another unit's openings never appear")
                .isZero();
        api(b, "month=&limit=1000", "halong.motcua")
                .get("items")
                .forEach(s -> assertThat(s.get("agencyId").asLong()).isNotEqualTo(hongGai));
        assertThat(b.get("/api/v1/ballot/sessions?month=11-2026", "honggai.thuky", PW)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePageKeepsItsFiltersAcrossPagesAndShowsOverdueOpenings() {
        Browser page = browser();
        page.signIn("quangninh", PW);
        String first = page.get("/hom-phieu?month=&status=CLOSED&limit=20").body();
        assertThat(first).containsPattern("[\\d.]+ kết quả");
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String href = next.group(1).replace("&amp;", "&");
        assertThat(href).contains("status=CLOSED").contains("month=").contains("cursor=");
        String second = page.get(href).body();
        assertThat(second)
                .contains("<option value=\"CLOSED\" selected=\"selected\"")
                .contains("Trang đầu");

        String overdue = page.get("/hom-phieu?month=&overdue=true").body();
        assertThat(overdue).contains("<option value=\"true\" selected=\"selected\"");
        int table = overdue.indexOf("id=\"sessions\"");
        if (table >= 0) {
            String rows = overdue.substring(table, overdue.indexOf("</table>", table));
            int count = rows.split("<tr>", -1).length - 2;
            assertThat(rows.split("badge LATE\">Quá hạn", -1).length - 1)
                    .as("every overdue opening shows it")
                    .isEqualTo(count);
        }
    }
}
