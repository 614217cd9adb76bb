package vn.hailong.insight.rollup;

import java.time.LocalDateTime;

/**
 * A finished dossier's processing time in working days: those after the day of receipt up to the day of
 * resolution, in the agency's working calendar (weekend given as "SATURDAY,SUNDAY"; holidays and swaps
 * from the calendar module, {@link CalendarProcessingDays}; a plain week in tests). Never negative.
 */
@FunctionalInterface
public interface ProcessingDays {

    int between(LocalDateTime receivedAt, LocalDateTime resolvedAt, String weekend);
}
