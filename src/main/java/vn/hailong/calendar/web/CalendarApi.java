package vn.hailong.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.calendar.CalendarDecision;
import vn.hailong.calendar.CalendarDecisions;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.HolidayKind;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc / Working calendar", description = "Public holidays and due-date arithmetic")
class CalendarApi {

    record Day(LocalDate date, String name, HolidayKind kind) {}

    /** A due time; {@code provisional} if it falls in a year whose days off are not decided yet. */
    record Due(LocalDateTime due, boolean provisional) {}

    /** A year's special days (the usual {@code items}/{@code total} list), whether the year is provisional, and its sources. */
    record HolidayYear(List<Day> items, long total, int year, boolean provisional, List<CalendarDecision> decisions) {}

    private final WorkingCalendar calendar;
    private final CalendarDecisions decisions;
    private final MessageSource messages;

    CalendarApi(WorkingCalendar calendar, CalendarDecisions decisions, MessageSource messages) {
        this.calendar = calendar;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/holidays")
    @Operation(
            summary =
                    "Holidays, compensatory days and decided days of a year (weekend Saturday and Sunday); provisional if the year is not decided yet")
    HolidayYear holidays(@RequestParam int year) {
        if (year < 1901 || year > 2099) {
            throw new InvalidInputException("calendar.badYear", year);
        }
        List<Day> days = calendar.holidays(year, WorkingCalendar.DEFAULT_WEEKEND).stream()
                .map(h -> new Day(
                        h.date(),
                        messages.getMessage(h.nameKey(), null, h.nameKey(), LocaleContextHolder.getLocale()),
                        h.kind()))
                .toList();
        return new HolidayYear(days, days.size(), year, decisions.isProvisional(year), decisions.year(year));
    }

    @GetMapping("/due")
    @Operation(summary = "Due time of a duration started at a receipt time (afternoon cut-off applies)")
    Due due(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam int duration,
            @RequestParam(defaultValue = "WORKING_DAYS") DurationUnit unit) {
        if (duration < 1 || duration > 3650) {
            throw new InvalidInputException("calendar.badDuration", duration);
        }
        if (start.getYear() < 1902 || start.getYear() > 2090) {
            throw new InvalidInputException("calendar.badYear", start.getYear());
        }
        LocalDateTime due = calendar.due(start, duration, unit, WorkingCalendar.DEFAULT_WEEKEND);
        return new Due(due, decisions.isProvisional(due));
    }
}
