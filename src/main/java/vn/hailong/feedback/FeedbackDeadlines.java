package vn.hailong.feedback;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.WorkingCalendar;

/**
 * The feedback deadlines in working days of the agency's calendar. The only one found in law is Decree 20/2008/NĐ-CP
 * Art. 9(1)(d): feedback that another agency must handle is forwarded to it within 5 working days (the text is not
 * among the sources at hand: to be checked against the original). The others are <b>local settings</b>, not
 * Decision 766/QĐ-TTg's (which sets scores, not deadlines) and not yet confirmed by the portal's rules (Decision
 * 29/2026/QĐ-TTg, text not seen): decide (accept or reject) within 2, ask for more information within 5, resolve
 * within 15, publish the answer within 2; an overdue case goes to the province after a further few working days.
 */
@Component
class FeedbackDeadlines {

    private final WorkingCalendar calendar;
    private final int decide;
    private final int requestInfo;
    private final int resolve;
    private final int publish;
    private final int escalateProvince;

    FeedbackDeadlines(
            WorkingCalendar calendar,
            @Value("${hailong.feedback.decide-days:2}") int decide,
            @Value("${hailong.feedback.request-info-days:5}") int requestInfo,
            @Value("${hailong.feedback.resolve-days:15}") int resolve,
            @Value("${hailong.feedback.publish-days:2}") int publish,
            @Value("${hailong.feedback.escalate-province-days:2}") int escalateProvince) {
        this.calendar = calendar;
        this.decide = decide;
        this.requestInfo = requestInfo;
        this.resolve = resolve;
        this.publish = publish;
        this.escalateProvince = escalateProvince;
    }

    public LocalDateTime decide(LocalDateTime from, Set<DayOfWeek> weekend) {
        return plus(from, decide, weekend);
    }

    public LocalDateTime requestInfo(LocalDateTime from, Set<DayOfWeek> weekend) {
        return plus(from, requestInfo, weekend);
    }

    public LocalDateTime resolve(LocalDateTime from, Set<DayOfWeek> weekend) {
        return plus(from, resolve, weekend);
    }

    public LocalDateTime publish(LocalDateTime from, Set<DayOfWeek> weekend) {
        return plus(from, publish, weekend);
    }

    /** When a case that the unit leader was told about goes on to the province. */
    public LocalDateTime escalateProvince(LocalDateTime leaderToldAt, Set<DayOfWeek> weekend) {
        return plus(leaderToldAt, escalateProvince, weekend);
    }

    /** The same due time, {@code days} working days later (the days the agency waited for the citizen). */
    public LocalDateTime extend(LocalDateTime due, int days, Set<DayOfWeek> weekend) {
        return calendar.plusWorkingDays(due.toLocalDate(), days, weekend).atTime(due.toLocalTime());
    }

    /** Working days left until {@code due} (negative once it has passed). */
    public int workingDaysLeft(LocalDateTime now, LocalDateTime due, Set<DayOfWeek> weekend) {
        int days = calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate(), weekend);
        return due.isBefore(now) && days == 0 ? -1 : days;
    }

    private LocalDateTime plus(LocalDateTime from, int days, Set<DayOfWeek> weekend) {
        return calendar.due(from, days, DurationUnit.WORKING_DAYS, weekend);
    }

    /** The agency's rest days as stored ("SATURDAY,SUNDAY"). */
    static Set<DayOfWeek> weekend(String text) {
        if (text == null || text.isBlank()) {
            return WorkingCalendar.DEFAULT_WEEKEND;
        }
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
