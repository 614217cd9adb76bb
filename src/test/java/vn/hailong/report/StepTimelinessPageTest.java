package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Officer;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Processing steps finished through the dossier API are counted in the step rollup in the same transaction:
 * the unit page's "per processing step" table and {@code groupBy=step} show, per step officer, exactly a
 * from-scratch count of the raw finished steps; another commune's user sees none of them.
 */
class StepTimelinessPageTest extends AppTest {

    private static final String PW = "hailong-demo";
    private static final String HONG_GAI = "22-06685";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Test
    void stepsFinishedThroughTheApiAreOnTheUnitPage() {
        Browser api = browser();
        long agency = agencies.byCode(HONG_GAI).orElseThrow().id();
        List<Officer> officers = agencies.officersUnscoped(agency);
        long first = officers.get(0).id();
        long second = officers.get(1).id();
        var r = api.postJson("/api/v1/dossiers", """
                {"agencyId": %d, "procedureCode": "HT-001", "channel": "IN_PERSON", "applicantName": "Lê Văn Bước",
                 "applicantPhone": "0912000111", "documents": [{"name": "Tờ khai", "form": "ORIGINAL", "count": 1}],
                 "receivedAt": "%sT08:00:00"}""".formatted(agency, MONDAY), "honggai.motcua", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String code = json(r.body()).get("code").asString();
        // to the first officer for one working day (finished the same day: early), then to the second for one
        // working day (finished three days later: late)
        event(
                api,
                code,
                "s1",
                "HANDED_OVER",
                MONDAY + "T08:30:00",
                ", \"agencyId\": " + agency + ", \"officerId\": " + first + ", \"allottedDays\": 1");
        event(
                api,
                code,
                "s2",
                "HANDED_OVER",
                MONDAY + "T15:00:00",
                ", \"agencyId\": " + agency + ", \"officerId\": " + second + ", \"allottedDays\": 1");
        event(api, code, "s3", "RESOLVED", MONDAY.plusDays(3) + "T10:00:00", "");
        assertThat(jdbc.sql(
                                "select s.timeliness from dossier_step s join dossier d on d.id = s.dossier_id where d.code = :c order by s.seq")
                        .param("c", code)
                        .query(String.class)
                        .list())
                .containsExactly("EARLY", "LATE");

        Browser b = browser();
        assertThat(b.signIn("honggai.lanhdao", PW).statusCode()).isEqualTo(302);
        String period = "from=" + MONDAY + "&to=" + MONDAY.plusDays(4);
        String html = b.get("/bao-cao/don-vi/" + HONG_GAI + "?" + period).body();
        JsonNode items = json(b.get(
                                "/api/v1/insight/timeliness?groupBy=step&unit=" + HONG_GAI + "&" + period,
                                "honggai.lanhdao",
                                PW)
                        .body())
                .get("items");
        for (long officer : List.of(first, second)) {
            long[] raw = raw(agency, officer);
            assertThat(raw[0]).isPositive();
            Matcher row = Pattern.compile(
                            "/can-bo/" + officer
                                    + "\\?[^\"]*\"[^>]*>[^<]*</a>\\s*</td>\\s*<td data-v=\"(\\d+)\"[^>]*>\\d+</td>\\s*"
                                    + "<td data-v=\"(\\d+)\"[^>]*>\\d+</td>\\s*<td data-v=\"(\\d+)\"[^>]*>\\d+</td>\\s*<td data-v=\"(\\d+)\"")
                    .matcher(html.substring(html.indexOf("id=\"steps\"")));
            assertThat(row.find()).as("step row of officer " + officer).isTrue();
            assertThat(new long[] {
                        Long.parseLong(row.group(1)),
                        Long.parseLong(row.group(2)),
                        Long.parseLong(row.group(3)),
                        Long.parseLong(row.group(4))
                    })
                    .containsExactly(raw);
            JsonNode item = null;
            for (JsonNode i : items) {
                if (i.get("key").asString().equals(HONG_GAI + "/" + officer)) {
                    item = i;
                }
            }
            assertThat(item).as("api item of officer " + officer).isNotNull();
            assertThat(new long[] {
                        item.get("finished").asLong(),
                        item.get("early").asLong(),
                        item.get("onTime").asLong(),
                        item.get("late").asLong()
                    })
                    .containsExactly(raw);
        }

        Browser other = browser();
        assertThat(json(other.get(
                                        "/api/v1/insight/timeliness?groupBy=step&unit=" + HONG_GAI + "&" + period,
                                        "halong.motcua",
                                        PW)
                                .body())
                        .get("items"))
                .isEmpty();
    }

    private void event(Browser api, String code, String id, String type, String at, String more) {
        var r = api.postJson(
                "/api/v1/dossiers/" + code + "/events",
                "{\"eventId\": \"" + id + "\", \"type\": \"" + type + "\", \"at\": \"" + at + "\"" + more + "}",
                "honggai.motcua",
                PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** From scratch: finished, early, on time, late of the raw steps of this agency and officer in the period. */
    private long[] raw(long agency, long officer) {
        return jdbc.sql("""
                select count(*), sum(case when timeliness = 'EARLY' then 1 else 0 end), sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
                  sum(case when timeliness = 'LATE' then 1 else 0 end)
                from dossier_step where agency_id = :a and officer_id = :o and timeliness in ('EARLY', 'ON_TIME', 'LATE')
                  and finished_at >= :f and finished_at < :t""")
                .param("a", agency)
                .param("o", officer)
                .param("f", MONDAY.atStartOfDay())
                .param("t", MONDAY.plusDays(5).atStartOfDay())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
    }
}
