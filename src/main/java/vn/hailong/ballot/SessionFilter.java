package vn.hailong.ballot;

import java.time.YearMonth;

/**
 * What the list of openings is narrowed to (every part optional): the unit, the desk of the box, the state (DUE:
 * planned, ENTERED/CHECKED: tallied, CLOSED), the month, and overdue (not closed after its day) or not.
 */
public record SessionFilter(Long agency, Long desk, SessionStatus status, YearMonth period, Boolean overdue) {}
