package vn.hailong.calendar;

/** Kind of a non-working (or swapped working) day. */
public enum HolidayKind {
    /** Statutory public holiday (Labour Code 2019, Art. 112). */
    HOLIDAY,
    /** Compensatory day off for a holiday falling on a weekly rest day. */
    COMPENSATORY,
    /** Extra day off granted by a government decision. */
    EXTRA_DAY_OFF,
    /** Weekend day turned into a working day to make up for a swapped day off. */
    WORKING_SWAP
}
