package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.access.AgencyScope;
import vn.hailong.ballot.BallotResult;
import vn.hailong.ballot.BallotResults;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * The desk page on the demo, between unit and officer in the drill-down: the unit page links to it; its total n
 * is a from-scratch count of the desk's raw rating answers and ballot-box tallies, each officer's n a count of
 * the raw answers; officers link to their page; another agency's desk and another commune's desk are not found.
 */
class DeskPageTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HA_LONG = "22-06688";
    private static final String HONG_GAI = "22-06685";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BallotResults results;

    @Test
    void deskPageHoldsTheDesksRatingsByOfficerAndMonth() {
        Browser b = browser();
        assertThat(b.signIn("quangninh", PW).statusCode()).isEqualTo(302);
        long agency = agencyId(HA_LONG);
        long desk = busiestDesk(agency);

        String unitPage = b.get("/bao-cao/don-vi/" + HA_LONG + "?period=2026").body();
        assertThat(unitPage).contains("/bao-cao/don-vi/" + HA_LONG + "/quay/" + desk + "?period=2026");

        var page = b.get("/bao-cao/don-vi/" + HA_LONG + "/quay/" + desk + "?period=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();

        // from scratch: the raw answers 1..5 of the desk's ratings in 2026, per officer (0 = none), plus its ballot
        // tallies
        Map<Long, long[]> perOfficer = new HashMap<>();
        jdbc.sql("""
                select coalesce(r.officer_id, 0), x.score from rating r join rating_answer x on x.rating_id = r.id
                where r.agency_id = :a and r.desk_id = :d and x.score between 1 and 5
                  and r.created_at >= :from and r.created_at < :to""")
                .param("a", agency)
                .param("d", desk)
                .param("from", LocalDate.of(2026, 1, 1).atStartOfDay())
                .param("to", LocalDate.of(2027, 1, 1).atStartOfDay())
                .query(rs -> {
                    long[] c = perOfficer.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                    c[0]++;
                    c[1] += rs.getInt(2) >= 4 ? 1 : 0;
                });
        long n = perOfficer.values().stream().mapToLong(c -> c[0]).sum();
        for (BallotResult t :
                results.resultsWithin(AgencyScope.agency(agency), YearMonth.of(2026, 1), YearMonth.of(2026, 12))) {
            if (t.deskId() != null && t.deskId() == desk && t.level() >= 1 && t.level() <= 5) {
                n += t.count();
            }
        }
        assertThat(n).isPositive();
        assertThat(ProcedurePageTest.text(html, "desk-n")).contains(String.valueOf(n));

        long officer = perOfficer.keySet().stream()
                .filter(o -> o != 0)
                .max((x, y) -> Long.compare(perOfficer.get(x)[0], perOfficer.get(y)[0]))
                .orElseThrow();
        Matcher row = Pattern.compile("/bao-cao/don-vi/" + HA_LONG + "/can-bo/" + officer
                        + "\\?period=2026[^\"]*\"[^>]*>[^<]*</a>\\s*</td>\\s*" + "<td data-v=\"(\\d+)\"")
                .matcher(html);
        assertThat(row.find()).as("officer row").isTrue();
        assertThat(Long.parseLong(row.group(1))).isEqualTo(perOfficer.get(officer)[0]);
        assertThat(b.get("/bao-cao/don-vi/" + HA_LONG + "/can-bo/" + officer + "?period=2026")
                        .statusCode())
                .isEqualTo(200);
        assertThat(html).contains("id=\"desk-months\"").contains("2026-");

        // a desk of another agency under this agency's code is not found
        long other = jdbc.sql("select min(id) from desk where agency_id = :a")
                .param("a", agencyId(HONG_GAI))
                .query(Long.class)
                .single();
        assertThat(b.get("/bao-cao/don-vi/" + HA_LONG + "/quay/" + other + "?period=2026")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherCommunesDeskIsNotFound() {
        Browser b = browser();
        assertThat(b.signIn("honggai.lanhdao", PW).statusCode()).isEqualTo(302);
        long desk = busiestDesk(agencyId(HA_LONG));
        assertThat(b.get("/bao-cao/don-vi/" + HA_LONG + "/quay/" + desk + "?period=2026")
                        .statusCode())
                .isEqualTo(404);
        // their own unit page lists only their own desks
        long own = busiestDesk(agencyId(HONG_GAI));
        String unit = b.get("/bao-cao/don-vi/" + HONG_GAI + "?period=2026").body();
        assertThat(unit)
                .doesNotContain("/quay/" + desk + "?")
                .contains("/bao-cao/don-vi/" + HONG_GAI + "/quay/" + own + "?");
        assertThat(b.get("/bao-cao/don-vi/" + HONG_GAI + "/quay/" + own + "?period=2026")
                        .statusCode())
                .isEqualTo(200);
    }

    private long agencyId(String code) {
        return jdbc.sql("select id from agency where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long busiestDesk(long agency) {
        return jdbc.sql("""
                select r.desk_id from rating r where r.agency_id = :a and r.desk_id is not null
                group by r.desk_id order by count(*) desc, r.desk_id limit 1""").param("a", agency).query(Long.class).single();
    }
}
