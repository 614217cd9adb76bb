package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * A holiday entry.
 *
 * @param date    the solar date
 * @param nameKey i18n message key, e.g. {@code holiday.tet}
 * @param kind    the kind of day
 */
public record Holiday(LocalDate date, String nameKey, HolidayKind kind) {}
