package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hailong.access.SystemActor;
import vn.hailong.calendar.CalendarOverrides;
import vn.hailong.calendar.HolidayKind;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.support.AppTest;

/** The opening day is the month's last working day: weekends, holidays and a Saturday worked in a swap. */
class OpeningDaysTest extends AppTest {

    @Autowired
    OpeningDays days;

    @Autowired
    CalendarOverrides overrides;

    LocalDate opening(String month) {
        return days.openingDay(YearMonth.parse(month), 0L, WorkingCalendar.DEFAULT_WEEKEND);
    }

    @Test
    void lastWorkingDayOverTheYears() {
        // an ordinary month ending on a working day
        assertThat(opening("2026-11")).isEqualTo("2026-11-30");
        assertThat(opening("2025-12")).isEqualTo("2025-12-31");
        // months ending on a Saturday or a Sunday
        assertThat(opening("2026-01")).isEqualTo("2026-01-30");
        assertThat(opening("2026-05")).isEqualTo("2026-05-29");
        assertThat(opening("2025-08")).isEqualTo("2025-08-29");
        assertThat(opening("2028-12")).isEqualTo("2028-12-29");
        // February after Tết Bính Ngọ ends on a Saturday
        assertThat(opening("2026-02")).isEqualTo("2026-02-27");
        // 30 April (Reunification Day) is a holiday: the day before, or the Friday before a weekend
        assertThat(opening("2026-04")).isEqualTo("2026-04-29");
        assertThat(opening("2027-04")).isEqualTo("2027-04-29");
        assertThat(opening("2029-04")).isEqualTo("2029-04-27");
        // August 2026 (Notice 9441/TB-BNV): Monday 31/8 is off, swapped with Saturday 22/8
        assertThat(opening("2026-08")).isEqualTo("2026-08-28");
        // 2025 (decisions shipped by the migration): Saturday 31 May is a plain weekend day
        assertThat(opening("2025-05")).isEqualTo("2025-05-30");
    }

    @Test
    void aSaturdayWorkedInASwapIsTheOpeningDay() {
        assertThat(opening("2027-07")).isEqualTo("2027-07-30");
        SystemActor.run(
                "test", () -> overrides.add(LocalDate.of(2027, 7, 31), HolidayKind.WORKING_SWAP, "Làm bù thứ Bảy"));
        assertThat(opening("2027-07")).isEqualTo("2027-07-31");
    }

    @Test
    void theReminderComesAFewWorkingDaysAhead() {
        LocalDate opening = LocalDate.of(2026, 11, 30);
        assertThat(days.remindOn(LocalDate.of(2026, 11, 23), opening, 0L, WorkingCalendar.DEFAULT_WEEKEND))
                .isFalse();
        assertThat(days.remindOn(LocalDate.of(2026, 11, 25), opening, 0L, WorkingCalendar.DEFAULT_WEEKEND))
                .isTrue();
        assertThat(days.remindOn(LocalDate.of(2026, 11, 30), opening, 0L, WorkingCalendar.DEFAULT_WEEKEND))
                .isTrue();
        assertThat(days.remindOn(LocalDate.of(2026, 12, 1), opening, 0L, WorkingCalendar.DEFAULT_WEEKEND))
                .isFalse();
    }
}
