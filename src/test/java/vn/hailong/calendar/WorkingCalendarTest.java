package vn.hailong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** Due dates over weekends, lunar and solar holidays, compensatory days, overrides and the cut-off. */
class WorkingCalendarTest {

    static List<Db> databases() {
        return Databases.all();
    }

    static WorkingCalendar calendar(Db db) {
        OverrideRepository overrides = new OverrideRepository(db.jdbc());
        if (!overrides.exists(LocalDate.of(2025, 4, 26))) {
            overrides.insert(LocalDate.of(2025, 4, 26), HolidayKind.WORKING_SWAP, "Làm bù thứ Bảy");
            overrides.insert(LocalDate.of(2025, 5, 2), HolidayKind.EXTRA_DAY_OFF, "Nghỉ hoán đổi");
        }
        return new WorkingCalendar(overrides, new OfficeHours("07:30-11:30,13:30-17:30", "15:00"));
    }

    static Stream<Arguments> dues() {
        return Databases.all().stream()
                .flatMap(db -> Stream.of(
                        // plain week: counting starts the day after receipt
                        Arguments.of(db, "2026-03-02T09:00", 3, DurationUnit.WORKING_DAYS, "2026-03-05T17:30"),
                        // after the 15:00 cut-off: as if received the next working day
                        Arguments.of(db, "2026-03-02T15:30", 3, DurationUnit.WORKING_DAYS, "2026-03-06T17:30"),
                        // Tết Bính Ngọ 2026: 16–20 February off
                        Arguments.of(db, "2026-02-13T10:00", 1, DurationUnit.WORKING_DAYS, "2026-02-23T17:30"),
                        // Hùng Kings day on Sunday 26/4/2026 → compensatory Monday 27/4
                        Arguments.of(db, "2026-04-24T09:00", 2, DurationUnit.WORKING_DAYS, "2026-04-29T17:30"),
                        // a calendar-day deadline that ends on 30/4 moves past 1/5 and the weekend
                        Arguments.of(db, "2026-04-20T09:00", 10, DurationUnit.CALENDAR_DAYS, "2026-05-04T17:30"),
                        // working hours run inside office hours
                        Arguments.of(db, "2026-03-02T10:00", 8, DurationUnit.WORKING_HOURS, "2026-03-03T10:00"),
                        Arguments.of(db, "2026-03-06T16:00", 4, DurationUnit.WORKING_HOURS, "2026-03-09T11:30"),
                        // received on a Sunday
                        Arguments.of(db, "2026-03-08T08:00", 1, DurationUnit.WORKING_DAYS, "2026-03-10T17:30"),
                        // 2025 overrides: Saturday 26/4 worked, Friday 2/5 off
                        Arguments.of(db, "2025-04-24T09:00", 2, DurationUnit.WORKING_DAYS, "2025-04-26T17:30"),
                        Arguments.of(db, "2025-04-29T09:00", 1, DurationUnit.WORKING_DAYS, "2025-05-05T17:30")));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} {3} = {4}")
    @MethodSource("dues")
    void dueDates(Db db, String start, int n, DurationUnit unit, String expected) {
        assertThat(calendar(db).due(LocalDateTime.parse(start), n, unit, WorkingCalendar.DEFAULT_WEEKEND))
                .isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void overridesReplaceTheComputedDay(Db db) {
        WorkingCalendar calendar = calendar(db);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26), WorkingCalendar.DEFAULT_WEEKEND))
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2), WorkingCalendar.DEFAULT_WEEKEND))
                .isFalse();
        assertThat(calendar.holidays(2025, WorkingCalendar.DEFAULT_WEEKEND))
                .anySatisfy(h -> assertThat(h.kind()).isEqualTo(HolidayKind.WORKING_SWAP));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lastWorkingDayOfTheMonth(Db db) {
        WorkingCalendar calendar = calendar(db);
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.of(2026, 1), WorkingCalendar.DEFAULT_WEEKEND))
                .isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.of(2026, 4), WorkingCalendar.DEFAULT_WEEKEND))
                .isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.of(2025, 8), WorkingCalendar.DEFAULT_WEEKEND))
                .isEqualTo(LocalDate.of(2025, 8, 29));
    }

    /** Property: a due date is always a working day, after the receipt, and grows with n. */
    @Test
    void dueDatesAreWorkingDaysAndGrowWithTheDuration() {
        WorkingCalendar calendar = calendar(Databases.h2());
        Random random = new Random(20261122L);
        for (int i = 0; i < 500; i++) {
            LocalDateTime start = LocalDateTime.of(2024, 1, 1, 6, 0).plusMinutes(random.nextInt(3 * 365 * 24 * 60));
            int n = 1 + random.nextInt(30);
            for (DurationUnit unit : DurationUnit.values()) {
                LocalDateTime due = calendar.due(start, n, unit, WorkingCalendar.DEFAULT_WEEKEND);
                LocalDateTime longer = calendar.due(start, n + 1, unit, WorkingCalendar.DEFAULT_WEEKEND);
                assertThat(calendar.isWorkingDay(due.toLocalDate(), WorkingCalendar.DEFAULT_WEEKEND))
                        .as("%s %s %s", start, n, unit)
                        .isTrue();
                assertThat(due).isAfter(start);
                if (unit == DurationUnit.CALENDAR_DAYS) {
                    // a deadline ending on a day off moves to the next working day, so n and n+1 may coincide
                    assertThat(longer).isAfterOrEqualTo(due);
                } else {
                    assertThat(longer).isAfter(due);
                }
            }
        }
    }
}
