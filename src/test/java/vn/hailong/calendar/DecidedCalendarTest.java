package vn.hailong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * The government's decisions for 2025 and 2026 as shipped by the migration (V40), checked against the
 * calendar computed from the Labour Code and the lunar algorithm, and the provisional year after them.
 */
class DecidedCalendarTest {

    static final java.util.Set<DayOfWeek> WEEKEND = WorkingCalendar.DEFAULT_WEEKEND;

    static List<Db> databases() {
        return Databases.all();
    }

    static WorkingCalendar calendar(Db db) {
        return new WorkingCalendar(
                new OverrideRepository(db.jdbc()), new OfficeHours("07:30-11:30,13:30-17:30", "15:00"));
    }

    static CalendarDecisions decisions(Db db) {
        return new CalendarDecisions(new DecisionRepository(db.jdbc()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyDecidedDayNamesItsSourceDocument(Db db) {
        for (int year : new int[] {2025, 2026}) {
            List<String> documents = decisions(db).year(year).stream()
                    .map(CalendarDecision::document)
                    .toList();
            List<CalendarOverride> days = new OverrideRepository(db.jdbc()).year(year);
            assertThat(days).as("decided days of %s", year).isNotEmpty();
            assertThat(days).allSatisfy(d -> assertThat(documents).contains(d.source()));
        }
        assertThat(decisions(db).year(2026))
                .extracting(CalendarDecision::document)
                .contains("9441/TB-BNV", "12729/VPCP-KGVX", "28/2026/QH16");
        // Only Notice 9441 was read; the other documents rest on secondary reports.
        assertThat(decisions(db).year(2026))
                .filteredOn(CalendarDecision::verified)
                .extracting(CalendarDecision::document)
                .containsExactly("9441/TB-BNV");
    }

    /** Where the decisions differ from the computed calendar: the list the administrators would otherwise have to enter. */
    @ParameterizedTest
    @MethodSource("databases")
    void theDecisionsDifferFromTheComputedCalendarOnTheseDaysOnly(Db db) {
        List<String> differences = new java.util.ArrayList<>();
        for (int year : new int[] {2025, 2026}) {
            Map<LocalDate, Holiday> computed = StatutoryHolidays.of(year, WEEKEND).stream()
                    .collect(Collectors.toMap(Holiday::date, Function.identity()));
            for (CalendarOverride decided : new OverrideRepository(db.jdbc()).year(year)) {
                Holiday h = computed.get(decided.day());
                String was = h != null
                        ? h.kind().name()
                        : WEEKEND.contains(decided.day().getDayOfWeek()) ? "REST_DAY" : "WORKING";
                boolean offBefore = !was.equals("WORKING");
                boolean offAfter = decided.kind() != HolidayKind.WORKING_SWAP;
                if (offBefore != offAfter) {
                    differences.add(
                            decided.day() + " " + was + " -> " + decided.kind() + " (" + decided.source() + ")");
                }
            }
        }
        assertThat(differences)
                .containsExactly(
                        "2025-01-27 WORKING -> EXTRA_DAY_OFF (8726/VPCP-KGVX)",
                        "2025-02-03 COMPENSATORY -> WORKING_SWAP (8726/VPCP-KGVX)",
                        "2025-04-26 REST_DAY -> WORKING_SWAP (8726/VPCP-KGVX)",
                        "2025-05-02 WORKING -> EXTRA_DAY_OFF (8726/VPCP-KGVX)",
                        "2026-01-02 WORKING -> EXTRA_DAY_OFF (12729/VPCP-KGVX)",
                        "2026-01-10 REST_DAY -> WORKING_SWAP (12729/VPCP-KGVX)",
                        "2026-08-22 REST_DAY -> WORKING_SWAP (9441/TB-BNV)",
                        "2026-08-31 WORKING -> EXTRA_DAY_OFF (9441/TB-BNV)");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void workedDatesOf2026(Db db) {
        WorkingCalendar calendar = calendar(db);
        // 24/11/2026 (Tuesday): Vietnamese Culture Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24), WEEKEND)).isFalse();
        // National Day: Mon 31/8 off, swapped with Saturday 22/8, which is worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31), WEEKEND)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22), WEEKEND)).isTrue();
        for (LocalDate d = LocalDate.of(2026, 8, 29); !d.isAfter(LocalDate.of(2026, 9, 2)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d, WEEKEND)).as("%s", d).isFalse();
        }
        // New Year: Fri 2/1 off, made up on Sat 10/1 (secondary report)
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2), WEEKEND)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10), WEEKEND)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDueDateAcrossTheNationalDayBreakOf2026(Db db) {
        WorkingCalendar calendar = calendar(db);
        // received Friday 28/8: 29/8–2/9 off, so 2 working days end on Friday 4/9
        assertThat(calendar.due(LocalDateTime.parse("2026-08-28T09:00"), 2, DurationUnit.WORKING_DAYS, WEEKEND))
                .isEqualTo("2026-09-04T17:30");
        // received Friday 21/8: the next working day is Saturday 22/8
        assertThat(calendar.due(LocalDateTime.parse("2026-08-21T09:00"), 1, DurationUnit.WORKING_DAYS, WEEKEND))
                .isEqualTo("2026-08-22T17:30");
        // 8 working hours from Friday 28/8 10:00 run into Thursday 3/9
        assertThat(calendar.due(LocalDateTime.parse("2026-08-28T10:00"), 8, DurationUnit.WORKING_HOURS, WEEKEND))
                .isEqualTo("2026-09-03T10:00");
        // the August 2026 ballot-box opening: Monday 31/8 is off, so Friday 28/8
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.of(2026, 8), WEEKEND))
                .isEqualTo("2026-08-28");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theCultureDayOf2029FallsOnASaturdayAndMovesToMonday(Db db) {
        WorkingCalendar calendar = calendar(db);
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 11, 26), WEEKEND)).isFalse();
        assertThat(calendar.due(LocalDateTime.parse("2029-11-23T09:00"), 1, DurationUnit.WORKING_DAYS, WEEKEND))
                .isEqualTo("2029-11-27T17:30");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void year2027IsProvisionalUntilItsDecisionIsEntered(Db db) {
        CalendarDecisions decisions = decisions(db);
        assertThat(decisions.isProvisional(2025)).isFalse();
        assertThat(decisions.isProvisional(2026)).isFalse();
        assertThat(decisions.isProvisional(2027)).isTrue();
        assertThat(decisions.lastDecidedDay()).contains(LocalDate.of(2026, 12, 31));
        // a due date beyond the last decided day is provisional
        LocalDateTime due =
                calendar(db).due(LocalDateTime.parse("2026-12-28T09:00"), 5, DurationUnit.WORKING_DAYS, WEEKEND);
        assertThat(due).isEqualTo("2027-01-05T17:30");
        assertThat(decisions.isProvisional(due)).isTrue();
        assertThat(decisions.isProvisional(LocalDateTime.parse("2026-12-31T17:30")))
                .isFalse();
        // administrators are reminded from October
        assertThat(decisions.reminder(LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(decisions.reminder(LocalDate.of(2026, 10, 1))).contains(2027);
        assertThat(decisions.reminder(LocalDate.of(2025, 12, 1))).isEmpty();
    }
}
