package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * A decision for one day: an extra day off, a weekend day worked (swap), or a holiday confirmed.
 *
 * @param name   a message key ({@code holiday.*}) or the name as typed
 * @param source the document that decided it (e.g. {@code 9441/TB-BNV}), or {@code null} if not given
 */
record CalendarOverride(long id, LocalDate day, HolidayKind kind, String name, String source) {}
