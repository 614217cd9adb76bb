package vn.hailong.calendar;

import java.util.List;

/**
 * A module whose stored dates were computed with the working calendar. When administrators enter a decision,
 * each follower first says what would move ({@code apply = false}, for the preview), then moves it and records
 * why ({@code apply = true}, in the transaction that stores the decision).
 */
public interface CalendarFollower {

    List<DateChange> follow(WorkingCalendar before, WorkingCalendar after, String reason, boolean apply);
}
