package vn.hailong.insight.rollup;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;

/** Processing days counted by the working calendar (holidays, compensatory days and yearly overrides included). */
@Component
class CalendarProcessingDays implements ProcessingDays {

    private final WorkingCalendar calendar;

    public CalendarProcessingDays(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int between(LocalDateTime receivedAt, LocalDateTime resolvedAt, String weekend) {
        if (receivedAt == null
                || resolvedAt == null
                || !resolvedAt.toLocalDate().isAfter(receivedAt.toLocalDate())) {
            return 0;
        }
        return Math.max(
                0, calendar.workingDaysBetween(receivedAt.toLocalDate(), resolvedAt.toLocalDate(), days(weekend)));
    }

    public static Set<DayOfWeek> days(String weekend) {
        if (weekend == null || weekend.isBlank()) {
            return WorkingCalendar.DEFAULT_WEEKEND;
        }
        return Arrays.stream(weekend.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
