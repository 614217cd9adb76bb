package vn.hailong.calendar;

import java.time.LocalDate;

/** An administrator's decision for one day: an extra day off, or a weekend day worked (swap). */
public record CalendarOverride(long id, LocalDate day, HolidayKind kind, String name) {
}
