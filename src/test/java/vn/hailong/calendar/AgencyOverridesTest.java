package vn.hailong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.ballot.OpeningDays;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * An agency that works one Saturday (21/11/2026, an agency with an open dossier across it): the day is entered on
 * {@code /lich/co-quan} (its leader does the same in AgencyCalendarBrowserTest); the due dates of its open dossiers that run across that Saturday come one working day
 * earlier, each with a DUE_RECOMPUTED event; its ballot-box opening of a month ending on a Saturday moves to that
 * Saturday; another agency's calendar does not change; the entry is audited; removing it moves the dates back.
 */
class AgencyOverridesTest extends AppTest {

    static final String PW = "hailong-demo";
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OpeningDays openings;

    @Test
    void aSaturdayWorkedByOneAgencyMovesItsOwnDueDatesAndOpeningsOnly() {
        var weekend = WorkingCalendar.DEFAULT_WEEKEND;
        // an open dossier received before the Saturday and due after it, counted in working days, of an agency with
        // the usual weekend
        Map<String, Object> dossier = jdbc.sql("""
                        select d.id, d.agency_id from dossier d join admin_procedure p on p.code = d.procedure_code
                        join agency a on a.id = d.agency_id
                        where d.status in (2, 4, 5, 6) and p.duration_unit = 'WORKING_DAYS' and a.weekend = 'SATURDAY,SUNDAY'
                          and d.received_at < :sat and d.due_at > :after order by d.id fetch first 1 rows only""")
                .param("sat", Timestamp.valueOf(SATURDAY.atStartOfDay()))
                .param("after", Timestamp.valueOf(SATURDAY.plusDays(3).atStartOfDay()))
                .query()
                .singleRow();
        long working = ((Number) dossier.get("agency_id")).longValue();
        long other = jdbc.sql("select min(id) from agency where id <> ?")
                .param(working)
                .query(Long.class)
                .single();
        long id = ((Number) dossier.get("id")).longValue();
        LocalDateTime due = dueAt(id);
        assertThat(openings.openingDay(YearMonth.of(2027, 1), working, weekend))
                .as("31/1/2027 is a Sunday: the national opening is Friday 29/1")
                .isEqualTo(LocalDate.of(2027, 1, 29));

        long recomputed = recomputed(id);
        Browser leader = browser();
        assertThat(leader.signIn("admin", PW).statusCode()).isEqualTo(302);
        String page =
                leader.get("/lich/co-quan?agency=" + working + "&year=2026").body();
        assertThat(page).contains("agency-day-form");
        var saved = leader.postForm(
                "/lich/co-quan/" + working + "/ngay",
                "day=" + SATURDAY + "&kind=WORKING_SWAP&name=" + enc("Làm việc sáng thứ Bảy") + "&source="
                        + enc("QĐ 12/QĐ-UBND") + "&_csrf=" + enc(Browser.csrf(page)));
        assertThat(saved.statusCode()).isEqualTo(302);
        String after =
                leader.get("/lich/co-quan?agency=" + working + "&year=2026").body();
        assertThat(after)
                .contains("agency-days")
                .contains("Làm việc sáng thứ Bảy")
                .contains("QĐ 12/QĐ-UBND");

        assertThat(calendar.of(working).isWorkingDay(SATURDAY, weekend)).isTrue();
        assertThat(calendar.of(other).isWorkingDay(SATURDAY, weekend))
                .as("another agency")
                .isFalse();
        assertThat(calendar.isWorkingDay(SATURDAY, weekend))
                .as("the national calendar")
                .isFalse();
        assertThat(dueAt(id))
                .as("one working day earlier")
                .isEqualTo(
                        calendar.previousWorkingDay(due.toLocalDate(), weekend).atTime(due.toLocalTime()));
        assertThat(recomputed(id)).as("the change is recorded on the dossier").isEqualTo(recomputed + 1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where entity = 'calendar_agency_override' and entity_id = ?")
                        .param(working + "/" + SATURDAY)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a Saturday at the end of a month: the agency opens its boxes that Saturday, another one on the Friday
        long january = jdbc.sql(
                        "insert into calendar_agency_override (agency_id, calendar_day, kind, name) values (?, ?, 'WORKING_SWAP', 'Sáng thứ Bảy')")
                .params(working, java.sql.Date.valueOf(LocalDate.of(2027, 1, 30)))
                .update();
        assertThat(january).isEqualTo(1);
        calendar.invalidate();
        assertThat(openings.openingDay(YearMonth.of(2027, 1), working, weekend)).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(openings.openingDay(YearMonth.of(2027, 1), other, weekend)).isEqualTo(LocalDate.of(2027, 1, 29));

        // removed: the due date goes back
        long dayId = jdbc.sql("select id from calendar_agency_override where agency_id = ? and calendar_day = ?")
                .params(working, java.sql.Date.valueOf(SATURDAY))
                .query(Long.class)
                .single();
        assertThat(leader.postForm(
                                "/lich/co-quan/ngay/" + dayId + "/xoa",
                                "agency=" + working + "&_csrf=" + enc(Browser.csrf(after)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(dueAt(id)).isEqualTo(due);
        jdbc.sql("delete from calendar_agency_override where agency_id = ?")
                .param(working)
                .update();
        calendar.invalidate();
    }

    @Test
    void badInputIsExplainedAndLosesWhatWasTyped() {
        long hongGai = agency("22-06685");
        Browser leader = browser();
        assertThat(leader.signIn("honggai.lanhdao", PW).statusCode()).isEqualTo(302);
        String page = leader.get("/lich/co-quan").body();
        var r = leader.postForm(
                "/lich/co-quan/" + hongGai + "/ngay",
                "day=2026-12-12&kind=WORKING_SWAP&name=&source=" + enc("QĐ 5") + "&_csrf=" + enc(Browser.csrf(page)));
        assertThat(r.statusCode()).isEqualTo(302);
        String shown = leader.get(
                        r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(shown).contains("role=\"alert\"").contains("value=\"QĐ 5\"");
        var holiday = leader.postForm(
                "/lich/co-quan/" + hongGai + "/ngay",
                "day=2026-12-12&kind=HOLIDAY&name=x&_csrf=" + enc(Browser.csrf(page)));
        assertThat(holiday.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from calendar_agency_override where agency_id = ?")
                        .param(hongGai)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long agency(String code) {
        return jdbc.sql("select id from agency where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private long recomputed(long id) {
        return jdbc.sql("select count(*) from dossier_event where dossier_id = ? and type = 'DUE_RECOMPUTED'")
                .param(id)
                .query(Long.class)
                .single();
    }

    private LocalDateTime dueAt(long id) {
        return jdbc.sql("select due_at from dossier where id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toLocalDateTime();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
