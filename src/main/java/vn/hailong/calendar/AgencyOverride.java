package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * A day one agency keeps apart from the national calendar: {@link HolidayKind#WORKING_SWAP} a day off it works
 * (e.g. a Saturday morning), {@link HolidayKind#EXTRA_DAY_OFF} a working day it does not.
 *
 * @param source the document that decided it (e.g. the agency head's decision), or {@code null}
 */
public record AgencyOverride(long id, long agencyId, LocalDate day, HolidayKind kind, String name, String source) {

    CalendarOverride asOverride() {
        return new CalendarOverride(id, day, kind, name, source);
    }
}
