package vn.hailong.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.HolidayKind;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ItemList;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc / Working calendar", description = "Public holidays and due-date arithmetic")
class CalendarApi {

    record Day(LocalDate date, String name, HolidayKind kind) {
    }

    record Due(LocalDateTime due) {
    }

    private final WorkingCalendar calendar;
    private final MessageSource messages;

    CalendarApi(WorkingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/holidays")
    @Operation(summary = "Holidays, compensatory days and overrides of a year (weekend Saturday and Sunday)")
    ItemList<Day> holidays(@RequestParam int year) {
        if (year < 1901 || year > 2099) {
            throw new InvalidInputException("calendar.badYear", year);
        }
        return ItemList.of(calendar.holidays(year, WorkingCalendar.DEFAULT_WEEKEND).stream()
                .map(h -> new Day(h.date(), messages.getMessage(h.nameKey(), null, h.nameKey(), LocaleContextHolder.getLocale()), h.kind()))
                .toList());
    }

    @GetMapping("/due")
    @Operation(summary = "Due time of a duration started at a receipt time (afternoon cut-off applies)")
    Due due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam int duration, @RequestParam(defaultValue = "WORKING_DAYS") DurationUnit unit) {
        if (duration < 1 || duration > 3650) {
            throw new InvalidInputException("calendar.badDuration", duration);
        }
        if (start.getYear() < 1902 || start.getYear() > 2090) {
            throw new InvalidInputException("calendar.badYear", start.getYear());
        }
        return new Due(calendar.due(start, duration, unit, WorkingCalendar.DEFAULT_WEEKEND));
    }
}
