package vn.hailong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.hailong.access.SystemActor;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Entering a decision in the middle of August 2026 (a made-up Friday 28/8 off, document TEST-01/2026): the
 * preview lists the dossiers' due dates and the August ballot-box openings it moves, applying it moves them and
 * records the change on each dossier, and entering it again changes nothing. Runs on its own database.
 */
@TestPropertySource(properties = "hailong.clock.at=2026-08-17T09:00:00+07:00")
class DecisionEntryTest extends AppTest {

    static final String FRIDAY_OFF = """
            date,kind,name,source
            2026-08-28,EXTRA_DAY_OFF,Nghỉ thử nghiệm,TEST-01/2026
            """;

    @Autowired
    DecisionEntry entry;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarDecisions decisions;

    @Autowired
    JdbcClient jdbc;

    DecisionEntry.Proposal preview(String csv) {
        return entry.preview("decision.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDecisionIsPreviewedThenAppliedAndMovesDueDatesAndOpenings() {
        DecisionEntry.Proposal preview = preview(FRIDAY_OFF);
        assertThat(preview.report().errors()).isEmpty();
        assertThat(preview.days())
                .containsExactly(new DecidedDay(
                        LocalDate.of(2026, 8, 28), HolidayKind.EXTRA_DAY_OFF, "Nghỉ thử nghiệm", "TEST-01/2026"));
        List<DateChange> dossiers = preview.changes().stream()
                .filter(c -> c.subject().equals("calendar.change.dossierDue"))
                .toList();
        List<DateChange> openings = preview.changes().stream()
                .filter(c -> c.subject().equals("calendar.change.ballotOpening"))
                .toList();
        assertThat(dossiers).isNotEmpty();
        // a dossier due on Friday 28/8 is now due on Thursday 3/9 (29/8–2/9 are already off)
        assertThat(dossiers)
                .filteredOn(c -> c.before().toLocalDate().equals(LocalDate.of(2026, 8, 28)))
                .allSatisfy(c -> assertThat(c.after().toLocalDate()).isEqualTo("2026-09-03"));
        assertThat(dossiers).allSatisfy(c -> assertThat(c.after()).isAfter(c.before()));
        // the August openings stood on Friday 28/8 and move to Thursday 27/8
        assertThat(openings).isNotEmpty().allSatisfy(c -> {
            assertThat(c.before().toLocalDate()).isEqualTo("2026-08-28");
            assertThat(c.after().toLocalDate()).isEqualTo("2026-08-27");
        });
        // nothing is stored by a preview
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 28), WorkingCalendar.DEFAULT_WEEKEND))
                .isTrue();
        DateChange first = dossiers.get(0);
        assertThat(due(first.reference())).isEqualTo(first.before());

        DecisionEntry.Proposal applied = SystemActor.call("test", () -> entry.apply(preview.days()));
        assertThat(applied.changes()).isEqualTo(preview.changes());
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 28), WorkingCalendar.DEFAULT_WEEKEND))
                .isFalse();
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.of(2026, 8), WorkingCalendar.DEFAULT_WEEKEND))
                .isEqualTo("2026-08-27");
        assertThat(decisions.year(2026)).extracting(CalendarDecision::document).contains("TEST-01/2026");
        assertThat(due(first.reference())).isEqualTo(first.after());
        assertThat(jdbc.sql("""
                select e.note from dossier_event e join dossier d on d.id = e.dossier_id
                where d.code = :code and e.type = 'DUE_RECOMPUTED'""")
                        .param("code", first.reference())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("TEST-01/2026: ");
        assertThat(jdbc.sql(
                                "select count(*) from ballot_session where period = '2026-08' and scheduled_on = date '2026-08-27'"
                                        + " and moved_reason = 'TEST-01/2026'")
                        .query(Long.class)
                        .single())
                .isEqualTo(openings.size());

        // entering the same decision again changes nothing
        assertThat(preview(FRIDAY_OFF).changes()).isEmpty();
        DecisionEntry.Proposal again = SystemActor.call("test", () -> entry.apply(preview.days()));
        assertThat(again.report().imported()).isZero();
        assertThat(again.report().unchanged()).isEqualTo(1);
    }

    @Test
    void badRowsAreReportedWithTheirLineAndGoodRowsKept() {
        DecisionEntry.Proposal p = preview("""
                date,kind,name,source
                2027-02-05,HOLIDAY,Tết,TEST-02/2026
                2027-02-30,HOLIDAY,Tết,TEST-02/2026
                2027-02-08,DAY_OFF,Tết,TEST-02/2026
                2027-02-09,HOLIDAY,Tết,
                2027-02-05,WORKING_SWAP,Làm bù,TEST-02/2026
                """);
        assertThat(p.days()).extracting(DecidedDay::day).containsExactly(LocalDate.of(2027, 2, 5));
        assertThat(p.report().errors()).extracting(e -> e.line()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(p.report().errors().get(1).reason()).contains("DAY_OFF");
    }

    @Test
    void onlyAnAdministratorEntersADecisionThroughThePages() {
        Browser official = browser();
        official.signIn("quangninh", "hailong-demo");
        String page = official.get("/lich?year=2026").body();
        assertThat(page).doesNotContain("/lich/quyet-dinh");
        assertThat(official.postForm(
                                "/lich/dieu-chinh",
                                "day=2026-12-30&kind=EXTRA_DAY_OFF&name=x&source=y&_csrf=" + Browser.csrf(page))
                        .statusCode())
                .isEqualTo(403);

        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String year = admin.get("/lich?year=2026").body();
        HttpResponse<String> preview = admin.postForm(
                "/lich/dieu-chinh",
                "day=2026-12-30&kind=EXTRA_DAY_OFF&name=" + enc("Nghỉ thử") + "&source=TEST-03%2F2026&_csrf="
                        + Browser.csrf(year));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("TEST-03/2026", "Nghỉ thử", "decided-days");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 30), WorkingCalendar.DEFAULT_WEEKEND))
                .isTrue();
        String days = "date,kind,name,source\n2026-12-30,EXTRA_DAY_OFF,\"Nghỉ thử\",\"TEST-03/2026\"\n";
        HttpResponse<String> applied = admin.postForm(
                "/lich/quyet-dinh/ap-dung", "days=" + enc(days) + "&_csrf=" + Browser.csrf(preview.body()));
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(admin.get("/lich?year=2026").body()).contains("decision-applied", "TEST-03/2026");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 30), WorkingCalendar.DEFAULT_WEEKEND))
                .isFalse();
    }

    LocalDateTime due(String code) {
        return jdbc.sql("select due_at from dossier where code = :c")
                .param("c", code)
                .query(LocalDateTime.class)
                .single();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
