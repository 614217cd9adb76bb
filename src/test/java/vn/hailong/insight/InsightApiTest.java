package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackIntake;
import vn.hailong.feedback.NewFeedback;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;
import vn.hailong.support.ChosenInstant;

/** The measures API on the demo: the same figures as a naive aggregate over the raw rows, scoped, fail-closed. */
class InsightApiTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackIntake intake;

    /**
     * The response rate counts each returned dossier once (so never above 100%): rated returned dossiers ÷ returned
     * dossiers, as a naive count over the raw rows; ballot-box slips and ratings without a dossier stand beside it.
     * A custom period (days around whole months) and a year (whole months) both read the same as the raw rows.
     */
    @Test
    void responseRateIsRatedReturnedDossiersOverReturnedDossiers() {
        Browser b = browser();
        for (String[] p : new String[][] {{"2026-01-01", "2026-12-31"}, {"2026-02-10", "2026-07-20"}}) {
            JsonNode r =
                    json(b.get("/api/v1/insight/response-rate?unit=22&from=" + p[0] + "&to=" + p[1], "quangninh", PW)
                            .body());
            long[] raw = jdbc.sql("""
                    select count(*), count(*) filter (where exists (select 1 from rating x where x.dossier_id = d.id))
                    from dossier d join agency a on a.id = d.agency_id
                    where a.province_code = '22' and cast(d.returned_at as date) between cast(:f as date) and cast(:t as date)""")
                    .param("f", p[0])
                    .param("t", p[1])
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            long withoutDossier = jdbc.sql("""
                    select count(*) from rating x join agency a on a.id = x.agency_id where a.province_code = '22'
                    and x.dossier_id is null and cast(x.created_at as date) between cast(:f as date) and cast(:t as date)""")
                    .param("f", p[0])
                    .param("t", p[1])
                    .query(Long.class)
                    .single();
            assertThat(raw[0]).isPositive();
            assertThat(r.get("returned").asLong()).isEqualTo(raw[0]);
            assertThat(r.get("rated").asLong()).isEqualTo(raw[1]);
            assertThat(r.get("rate").asDouble())
                    .isEqualTo((double) raw[1] / raw[0])
                    .isLessThanOrEqualTo(1.0);
            assertThat(r.get("withoutDossier").asLong()).isEqualTo(withoutDossier);
        }
        JsonNode year =
                json(b.get("/api/v1/insight/response-rate?unit=22&from=2026-01-01&to=2026-12-31", "quangninh", PW)
                        .body());
        assertThat(year.get("ballotSlips").asLong()).isPositive();
        // a unit leader reads their unit only; a unit of another scope reads nothing
        JsonNode mine =
                json(b.get("/api/v1/insight/response-rate?unit=22&from=2026-01-01&to=2026-12-31", "honggai.lanhdao", PW)
                        .body());
        assertThat(mine.get("returned").asLong())
                .isPositive()
                .isLessThan(year.get("returned").asLong());
        JsonNode other = json(b.get(
                        "/api/v1/insight/response-rate?unit=22-06688&from=2026-01-01&to=2026-12-31",
                        "honggai.lanhdao",
                        PW)
                .body());
        assertThat(other.get("returned").asLong()).isZero();
        assertThat(other.get("rate").isNull()).isTrue();
    }

    @Test
    void provinceSatisfactionAndTimelinessEqualTheRawRows() {
        Browser b = browser();
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusYears(1).plusDays(1);
        JsonNode units = json(
                b.get("/api/v1/insight/satisfaction?unit=22&groupBy=unit&from=" + from + "&to=" + to, "quangninh", PW)
                        .body());
        long n = 0;
        long satisfied = 0;
        for (JsonNode item : units.get("items")) {
            n += item.get("n").asLong();
            satisfied += item.get("satisfied").asLong();
            assertThat(item.get("ciLow").asDouble())
                    .isLessThanOrEqualTo(item.get("rate").asDouble());
            assertThat(item.get("ciHigh").asDouble())
                    .isGreaterThanOrEqualTo(item.get("rate").asDouble());
        }
        assertThat(units.get("total").asInt()).isGreaterThan(10);
        // ballot-box tallies count on the month's last day (the opening)
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            if (!m.atEndOfMonth().isBefore(from) && !m.atEndOfMonth().isAfter(to)) {
                months.add(m.toString());
            }
        }
        assertThat(n)
                .isPositive()
                .isEqualTo(jdbc.sql("""
                select count(*) from rating r join rating_answer x on x.rating_id = r.id join agency a on a.id = r.agency_id
                where a.province_code = '22' and x.score is not null and cast(r.created_at as date) between :from and :to""")
                                .param("from", from)
                                .param("to", to)
                                .query(Long.class)
                                .single()
                        + tallied(months, 1));
        assertThat(satisfied)
                .isEqualTo(jdbc.sql("""
                select count(*) from rating r join rating_answer x on x.rating_id = r.id join agency a on a.id = r.agency_id
                where a.province_code = '22' and x.score >= 4 and cast(r.created_at as date) between :from and :to""")
                                .param("from", from)
                                .param("to", to)
                                .query(Long.class)
                                .single()
                        + tallied(months, 4));

        JsonNode late = json(
                b.get("/api/v1/insight/timeliness?unit=22&groupBy=month&from=" + from + "&to=" + to, "quangninh", PW)
                        .body());
        long lateSum = 0;
        long finished = 0;
        for (JsonNode item : late.get("items")) {
            lateSum += item.get("late").asLong();
            finished += item.get("finished").asLong();
            assertThat(item.get("finished").asLong())
                    .isEqualTo(item.get("early").asLong()
                            + item.get("onTime").asLong()
                            + item.get("late").asLong());
        }
        assertThat(late.get("items").get(0).get("key").asString()).matches("\\d{4}-\\d{2}");
        assertThat(finished)
                .isEqualTo(jdbc.sql("""
                select count(*) from dossier d join agency a on a.id = d.agency_id where a.province_code = '22'
                and d.timeliness <> 'PENDING' and cast(d.resolved_at as date) between ? and ?""").params(from, to).query(Long.class).single());
        assertThat(lateSum)
                .isPositive()
                .isEqualTo(jdbc.sql("""
                select count(*) from dossier d join agency a on a.id = d.agency_id where a.province_code = '22'
                and d.timeliness = 'LATE' and cast(d.resolved_at as date) between ? and ?""").params(from, to).query(Long.class).single());
    }

    @Test
    void ballotBoxTalliesAreAChannelCountedOnce() {
        Browser b = browser();
        JsonNode channels = json(b.get(
                        "/api/v1/insight/satisfaction?unit=22&groupBy=channel&from=2025-01-01&to=2027-12-31",
                        "quangninh",
                        PW)
                .body());
        JsonNode ballot = null;
        long all = 0;
        for (JsonNode item : channels.get("items")) {
            all += item.get("n").asLong();
            if (item.get("key").asString().equals("BALLOT")) {
                ballot = item;
            }
        }
        assertThat(ballot).isNotNull();
        assertThat(ballot.get("label").asString())
                .as("the channel's name for people")
                .isEqualTo("Hòm phiếu");
        long tallied = jdbc.sql("""
                select coalesce(sum(t.votes), 0) from ballot_tally t join ballot_session s on s.id = t.session_id
                join agency a on a.id = s.agency_id where a.province_code = '22' and s.status = 'CLOSED'""").query(Long.class).single();
        long satisfied = jdbc.sql("""
                select coalesce(sum(t.votes), 0) from ballot_tally t join ballot_session s on s.id = t.session_id
                join agency a on a.id = s.agency_id where a.province_code = '22' and s.status = 'CLOSED' and t.level >= 4""").query(Long.class).single();
        assertThat(ballot.get("n").asLong()).isPositive().isEqualTo(tallied);
        assertThat(ballot.get("satisfied").asLong()).isEqualTo(satisfied);
        long keyed = jdbc.sql("""
                select count(*) from rating r join rating_answer x on x.rating_id = r.id join agency a on a.id = r.agency_id
                where a.province_code = '22' and x.score is not null and cast(r.created_at as date) between '2025-01-01' and '2027-12-31'""").query(Long.class).single();
        assertThat(all).isEqualTo(keyed + tallied);
    }

    @Test
    void decision766ProgressAndSatisfactionFromTheDossiers() {
        // a year with finished dossiers on any day the suite runs (on 1 January or just after Tết: the last one)
        int year = LocalDate.now(clock).minusMonths(2).getYear();
        String from = year + "-01-01";
        String to = year + "-12-31";
        // a complaint naming a finished dossier of the year, so that the negative count never rests on the demo's luck
        // (the year's first one: the last quarter's Decree 61 figures, which other tests read, stay as the demo made
        // them)
        var complained = jdbc.sql("""
                select d.code, d.agency_id from dossier d join agency a on a.id = d.agency_id where a.code = '22-06685'
                and d.timeliness <> 'PENDING' and cast(d.resolved_at as date) between cast(? as date) and cast(? as date)
                order by d.resolved_at, d.id fetch first 1 rows only""")
                .params(from, to)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .single();
        intake.submit(
                new NewFeedback(
                        FeedbackCategory.COMPLAINT,
                        (Long) complained[1],
                        (String) complained[0],
                        "Hồ sơ bị trả chậm, đề nghị xem xét.",
                        null,
                        null,
                        null,
                        false),
                List.of(),
                "198.51.100.66",
                vn.hailong.feedback.SubmissionGuard.Answer.NONE);
        JsonNode d = json(browser()
                .get("/api/v1/insight/decision766?unit=22-06685&period=" + year, "quangninh", PW)
                .body());
        assertThat(d.get("notComputable").size()).isEqualTo(4);
        JsonNode item = d.get("items").get(0);
        assertThat(item.get("key").asString()).isEqualTo("22-06685");
        String finishedOfTheYear = """
                select count(*) from dossier d join agency a on a.id = d.agency_id where a.code = '22-06685'
                and cast(d.resolved_at as date) between cast(? as date) and cast(? as date) and\s""";
        long finished = jdbc.sql(finishedOfTheYear + "d.timeliness <> 'PENDING'")
                .params(from, to)
                .query(Long.class)
                .single();
        long onTime = jdbc.sql(finishedOfTheYear + "d.timeliness in ('EARLY', 'ON_TIME')")
                .params(from, to)
                .query(Long.class)
                .single();
        long negative = jdbc.sql(finishedOfTheYear + """
                d.timeliness <> 'PENDING'
                and (d.id in (select r.dossier_id from rating r where r.low and r.dossier_id is not null)
                  or d.code in (select f.dossier_code from feedback_case f where f.category = 'COMPLAINT' and f.dossier_code is not null))""")
                .params(from, to)
                .query(Long.class)
                .single();
        assertThat(item.get("finished").asLong()).isPositive().isEqualTo(finished);
        assertThat(item.get("complainedOrNegative").asLong()).isPositive().isEqualTo(negative);
        assertThat(item.get("handled").asLong())
                .as("2.1 counts the finished dossiers and the open ones")
                .isGreaterThanOrEqualTo(finished);
        assertThat(item.get("handledOnTime").asLong()).isGreaterThanOrEqualTo(onTime);
        assertThat(browser()
                        .get("/api/v1/insight/decision766?unit=22-06685&period=" + year, "halong.motcua", PW)
                        .body())
                .contains("\"items\":[]");
    }

    @Test
    void scopedAndFailClosed() {
        Browser b = browser();
        assertThat(b.get("/api/v1/insight/satisfaction").statusCode()).isEqualTo(401);
        JsonNode own = json(b.get("/api/v1/insight/satisfaction?groupBy=unit", "halong.motcua", PW)
                .body());
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("label").asString()).contains("Hạ Long");
        JsonNode other = json(b.get("/api/v1/insight/satisfaction?unit=22-06685&groupBy=channel", "halong.motcua", PW)
                .body());
        assertThat(other.get("total").asInt()).isZero();
        // ratings have desks but no processing steps; dossiers have steps but no desk
        assertThat(b.get("/api/v1/insight/satisfaction?groupBy=step", "quangninh", PW)
                        .statusCode())
                .isEqualTo(400);
        assertThat(b.get("/api/v1/insight/timeliness?groupBy=desk", "quangninh", PW)
                        .statusCode())
                .isEqualTo(400);
        assertThat(b.get("/api/v1/insight/satisfaction?groupBy=floor", "quangninh", PW)
                        .statusCode())
                .isEqualTo(400);
        assertThat(b.get("/api/v1/insight/ranking?period=2026-13", "quangninh", PW)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void rankingNeverRanksFewAnswersAndShowsMovement() {
        // the year ranks most units; the last month has units with fewer than 30 answers (how many depends on the day)
        int ranked = 0;
        int unranked = 0;
        // a whole year of data on any day the suite runs (on 1 January or just after Tết: the last one)
        String wholeYear = String.valueOf(LocalDate.now(clock).minusMonths(2).getYear());
        for (String period :
                new String[] {wholeYear, YearMonth.now(clock).minusMonths(1).toString()}) {
            JsonNode r = json(browser()
                    .get(
                            "/api/v1/insight/ranking?level=unit&parent=22&measure=satisfaction&period=" + period,
                            "quangninh",
                            PW)
                    .body());
            assertThat(r.get("minN").asInt()).isEqualTo(30);
            int rank = 0;
            long enough = 0;
            for (JsonNode e : r.get("entries")) {
                enough += e.get("n").asLong() >= 30 ? 1 : 0;
            }
            for (JsonNode e : r.get("entries")) {
                if (e.get("n").asLong() < 30) {
                    assertThat(e.get("rank").isNull()).isTrue();
                    assertThat(e.get("enough").asBoolean()).isFalse();
                    unranked++;
                } else if (enough < 2) {
                    // a single unit with enough answers is not ranked against nobody (how many depends on the day)
                    assertThat(e.get("rank").isNull())
                            .as("one unit alone is not ranked")
                            .isTrue();
                } else {
                    rank++;
                    // ranks are bands: units whose intervals overlap share one, so a rank never exceeds the position
                    assertThat(e.get("rank").asInt()).isBetween(1, rank);
                    ranked += period.equals(wholeYear) ? 1 : 0;
                }
            }
        }
        assertThat(ranked).isGreaterThan(5);
        assertThat(unranked).isPositive();
        JsonNode year = json(browser()
                .get(
                        "/api/v1/insight/ranking?level=unit&parent=22&measure=satisfaction&period=" + wholeYear,
                        "quangninh",
                        PW)
                .body());
        assertThat(year.get("period").get("from").asString()).isEqualTo(wholeYear + "-01-01");
        JsonNode officers = json(browser()
                .get(
                        "/api/v1/insight/ranking?level=officer&parent=22-06685&measure=timeliness&period=" + wholeYear,
                        "quangninh",
                        PW)
                .body());
        assertThat(officers.get("entries").size()).isGreaterThan(0);
    }

    @Test
    void aResolvedDossierIsCountedAtOnce() {
        Browser b = browser();
        String code = jdbc.sql("""
                select d.code from dossier d join agency a on a.id = d.agency_id
                where a.province_code = '22' and d.status in (2, 4) order by d.id fetch first 1 rows only""").query(String.class).single();
        String agency = jdbc.sql("select a.code from dossier d join agency a on a.id = d.agency_id where d.code = ?")
                .param(code)
                .query(String.class)
                .single();
        String today = LocalDate.now(clock).toString();
        String path = "/api/v1/insight/timeliness?unit=" + agency + "&groupBy=unit&from=" + today + "&to=" + today;
        long before = finished(json(b.get(path, "admin", PW).body()));
        var resolved = b.postJson("/api/v1/dossiers/" + code + "/events", """
                {"eventId":"insight-test-resolve","type":"RESOLVED"}""", "admin", PW);
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(finished(json(b.get(path, "admin", PW).body()))).isEqualTo(before + 1);
    }

    private long tallied(List<String> months, int minLevel) {
        return jdbc.sql("""
                select coalesce(sum(t.votes), 0) from ballot_tally t join ballot_session s on s.id = t.session_id
                join agency a on a.id = s.agency_id where a.province_code = '22' and s.status = 'CLOSED' and t.level >= :level
                and s.period in (:months)""")
                .param("level", minLevel)
                .param("months", months)
                .query(Long.class)
                .single();
    }

    private static long finished(JsonNode list) {
        return list.get("total").asInt() == 0
                ? 0
                : list.get("items").get(0).get("finished").asLong();
    }

    @ChosenInstant.MonthsLastWorkingDay
    static class AtMonthsLastWorkingDayTest extends InsightApiTest {}

    @ChosenInstant.NewYear
    static class AtNewYearTest extends InsightApiTest {}

    @ChosenInstant.AfterTet
    static class AtAfterTetTest extends InsightApiTest {}

    @ChosenInstant.MonthsLastDayUtc
    static class AtMonthsLastDayUtcTest extends InsightApiTest {}
}
