package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * The procedure page on the demo: its figures are the measures API's and a from-scratch count of the raw
 * dossiers (processing days with the working calendar); its counts link to the dossier list that holds
 * exactly those dossiers; the unit page links to it; another commune's page is not found.
 */
class ProcedurePageTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HONG_GAI = "22-06685";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void procedurePageHoldsTheMeasuresAndLinksToTheListBehindThem() {
        Browser b = browser();
        assertThat(b.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        JsonNode busiest = busiest(b);
        String code = busiest.get("key").asText();
        long finished = busiest.get("finished").asLong();
        long late = busiest.get("late").asLong();
        assertThat(finished).isPositive();

        String unitPage = b.get("/bao-cao/don-vi/" + HONG_GAI + "?period=2026").body();
        assertThat(unitPage).contains("/bao-cao/don-vi/" + HONG_GAI + "/thu-tuc/" + code + "?period=2026");

        var page = b.get("/bao-cao/don-vi/" + HONG_GAI + "/thu-tuc/" + code + "?period=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(text(html, "procedure-finished")).startsWith(finished + " ");
        assertThat(text(html, "procedure-late")).startsWith(late + " ");

        long n = 0;
        for (JsonNode item : json(b.get(
                                "/api/v1/insight/satisfaction?groupBy=procedure&unit=" + HONG_GAI
                                        + "&from=2026-01-01&to=2026-12-31",
                                "quangninh",
                                PW)
                        .body())
                .get("items")) {
            if (item.get("key").asText().equals(code)) {
                n = item.get("n").asLong();
            }
        }
        assertThat(text(html, "procedure-n")).contains(String.valueOf(n));

        // processing days from scratch: working days after the day of receipt up to the day of resolution
        long[] days = {0, 0};
        jdbc.sql("""
                select d.received_at, d.resolved_at, a.weekend from dossier d join agency a on a.id = d.agency_id
                where a.code = :a and d.procedure_code = :p and d.timeliness <> 'PENDING' and d.resolved_at is not null
                  and d.resolved_at >= :from and d.resolved_at < :to""")
                .param("a", HONG_GAI)
                .param("p", code)
                .param("from", LocalDate.of(2026, 1, 1).atStartOfDay())
                .param("to", LocalDate.of(2027, 1, 1).atStartOfDay())
                .query(rs -> {
                    Set<DayOfWeek> weekend = Arrays.stream(rs.getString(3).split(","))
                            .map(DayOfWeek::valueOf)
                            .collect(Collectors.toSet());
                    LocalDate received = rs.getTimestamp(1).toLocalDateTime().toLocalDate();
                    LocalDate resolved = rs.getTimestamp(2).toLocalDateTime().toLocalDate();
                    days[0] +=
                            resolved.isAfter(received) ? calendar.workingDaysBetween(received, resolved, weekend) : 0;
                    days[1]++;
                });
        assertThat(days[1]).isEqualTo(finished);
        double shown =
                Double.parseDouble(text(html, "procedure-days").split(" ")[0].replace(",", "."));
        assertThat(shown).isCloseTo((double) days[0] / days[1], org.assertj.core.data.Offset.offset(0.051));

        // the late count links to the dossier list holding exactly those dossiers
        Matcher link =
                Pattern.compile("id=\"procedure-late\" href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String list = b.get(link.group(1).replace("&amp;", "&")).body();
        assertThat(list).contains(">" + late + " kết quả</span>");
        Matcher all =
                Pattern.compile("id=\"procedure-finished\" href=\"([^\"]+)\"").matcher(html);
        assertThat(all.find()).isTrue();
        assertThat(b.get(all.group(1).replace("&amp;", "&")).body()).contains(">" + finished + " kết quả</span>");

        // the province-wide page lists the units and links down to each unit's page of the procedure
        String province = b.get("/bao-cao/thu-tuc/" + code + "?period=2026").body();
        assertThat(province).contains("/bao-cao/don-vi/" + HONG_GAI + "/thu-tuc/" + code);
        assertThat(b.get("/bao-cao/thu-tuc/NO-SUCH?period=2026").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherCommunesProcedurePageIsNotFound() {
        Browser b = browser();
        assertThat(b.signIn("halong.motcua", PW).statusCode()).isEqualTo(302);
        Browser q = browser();
        q.signIn("quangninh", PW);
        String code = busiest(q).get("key").asText();
        assertThat(b.get("/bao-cao/don-vi/" + HONG_GAI + "/thu-tuc/" + code + "?period=2026")
                        .statusCode())
                .isEqualTo(404);
        assertThat(b.get("/bao-cao/don-vi/" + HONG_GAI + "/can-bo/1/thu-tuc/" + code + "?period=2026")
                        .statusCode())
                .isEqualTo(404);
        // their province-wide view of the procedure holds only their own commune
        assertThat(b.get("/bao-cao/thu-tuc/" + code + "?period=2026").body())
                .doesNotContain("/bao-cao/don-vi/" + HONG_GAI + "/");
    }

    private JsonNode busiest(Browser b) {
        JsonNode best = null;
        for (JsonNode item : json(b.get(
                                "/api/v1/insight/timeliness?groupBy=procedure&unit=" + HONG_GAI
                                        + "&from=2026-01-01&to=2026-12-31",
                                "quangninh",
                                PW)
                        .body())
                .get("items")) {
            if (!item.get("key").asText().isEmpty()
                    && (best == null
                            || item.get("finished").asLong()
                                    > best.get("finished").asLong())) {
                best = item;
            }
        }
        return best;
    }

    /** The text inside the element with this id (tags removed). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).replaceAll("<[^>]+>", "").trim();
    }
}
