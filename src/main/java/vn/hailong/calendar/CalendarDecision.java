package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * A document that decides a year's days off (a notice, an official letter, a resolution).
 *
 * @param verified {@code false} when the text was not seen and the content rests on a secondary report
 */
public record CalendarDecision(
        long id, int year, String document, LocalDate issuedOn, String title, boolean verified, String note) {}
