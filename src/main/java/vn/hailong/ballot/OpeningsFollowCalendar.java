package vn.hailong.ballot;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hailong.access.AuditLog;
import vn.hailong.calendar.CalendarFollower;
import vn.hailong.calendar.DateChange;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.organization.Agencies;

/**
 * When a government decision changes the working calendar, a box's opening not held yet that still stands on the
 * month's last working day moves to the month's new last working day (an opening a secretary moved by hand stays).
 */
@Component
class OpeningsFollowCalendar implements CalendarFollower {

    static final String SUBJECT = "calendar.change.ballotOpening";

    private final BallotRepository repo;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    OpeningsFollowCalendar(BallotRepository repo, Agencies agencies, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<DateChange> follow(WorkingCalendar before, WorkingCalendar after, String reason, boolean apply) {
        Map<Long, Set<DayOfWeek>> weekends = new HashMap<>();
        List<DateChange> changes = new ArrayList<>();
        for (BallotSession s : repo.scheduledFrom(LocalDate.now(clock))) {
            Set<DayOfWeek> weekend = weekends.computeIfAbsent(
                    s.agencyId(),
                    id -> agencies.byIdUnscoped(id).map(a -> a.weekend()).orElse(WorkingCalendar.DEFAULT_WEEKEND));
            YearMonth month = YearMonth.parse(s.period());
            // each agency on its own calendar: the national one with the days it keeps apart
            if (!s.scheduledOn().equals(before.of(s.agencyId()).lastWorkingDayOfMonth(month, weekend))) {
                continue;
            }
            LocalDate to = after.of(s.agencyId()).lastWorkingDayOfMonth(month, weekend);
            if (to.equals(s.scheduledOn())) {
                continue;
            }
            changes.add(new DateChange(
                    SUBJECT,
                    s.agencyName() + " · " + s.boxLocation() + " · " + s.period(),
                    s.scheduledOn().atStartOfDay(),
                    to.atStartOfDay()));
            if (apply) {
                repo.move(s.id(), to, reason);
                audit.record(
                        "ballot_session",
                        s.id(),
                        "MOVE",
                        Map.of("scheduledOn", s.scheduledOn().toString()),
                        Map.of("scheduledOn", to.toString(), "reason", reason));
            }
        }
        return changes;
    }
}
