package vn.hailong.ballot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;

/**
 * When a box is opened: the last working day of the month by the working calendar (weekends, statutory
 * holidays with their compensatory days, a Saturday worked in a swap), and when the secretary is reminded.
 */
@Component
public class OpeningDays {

    private final WorkingCalendar calendar;
    private final int reminderDays;

    public OpeningDays(WorkingCalendar calendar, BallotProperties properties) {
        this.calendar = calendar;
        this.reminderDays = properties.reminderWorkingDays();
    }

    /** The opening day of a month: its last working day on the agency's calendar. */
    public LocalDate openingDay(YearMonth month, long agencyId, Set<DayOfWeek> weekend) {
        return calendar.of(agencyId).lastWorkingDayOfMonth(month, weekend);
    }

    /** Whether the reminder for an opening on {@code day} is due on {@code today} (within the reminder's working days). */
    public boolean remindOn(LocalDate today, LocalDate day, long agencyId, Set<DayOfWeek> weekend) {
        return !today.isAfter(day) && calendar.of(agencyId).workingDaysBetween(today, day, weekend) <= reminderDays;
    }

    public boolean isWorkingDay(LocalDate day, long agencyId, Set<DayOfWeek> weekend) {
        return calendar.of(agencyId).isWorkingDay(day, weekend);
    }
}
