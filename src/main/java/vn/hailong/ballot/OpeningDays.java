package vn.hailong.ballot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;

/**
 * When a box is opened: the last working day of the month by the working calendar (weekends, statutory
 * holidays with their compensatory days, a Saturday worked in a swap), and when the secretary is reminded.
 */
@Component
class OpeningDays {

    private final WorkingCalendar calendar;
    private final int reminderDays;

    public OpeningDays(WorkingCalendar calendar, @Value("${hailong.ballot.reminder-working-days:3}") int reminderDays) {
        this.calendar = calendar;
        this.reminderDays = reminderDays;
    }

    /** The opening day of a month: its last working day. */
    public LocalDate openingDay(YearMonth month, Set<DayOfWeek> weekend) {
        return calendar.lastWorkingDayOfMonth(month, weekend);
    }

    /** Whether the reminder for an opening on {@code day} is due on {@code today} (within the reminder's working days). */
    public boolean remindOn(LocalDate today, LocalDate day, Set<DayOfWeek> weekend) {
        return !today.isAfter(day) && calendar.workingDaysBetween(today, day, weekend) <= reminderDays;
    }

    public boolean isWorkingDay(LocalDate day, Set<DayOfWeek> weekend) {
        return calendar.isWorkingDay(day, weekend);
    }
}
