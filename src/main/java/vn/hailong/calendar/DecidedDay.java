package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * One day of a decision as entered (a row of the imported file, or the form): what the day becomes, its name and
 * the document that decided it.
 */
public record DecidedDay(LocalDate day, HolidayKind kind, String name, String source) {}
