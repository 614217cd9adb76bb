package vn.hailong.calendar;

/** How a statutory duration is counted. */
public enum DurationUnit {
    WORKING_DAYS,
    WORKING_HOURS,
    CALENDAR_DAYS
}
