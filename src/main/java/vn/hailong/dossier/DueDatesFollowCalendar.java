package vn.hailong.dossier;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hailong.access.CurrentUser;
import vn.hailong.calendar.CalendarFollower;
import vn.hailong.calendar.DateChange;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.Agencies;

/**
 * When a government decision changes the working calendar, an open dossier keeps as many working days between
 * its receipt and its due time as it had (a day off added in between pushes the due time back, a Saturday worked
 * brings it forward); a deadline in calendar days moves only if it now ends on a day off. Each move is recorded
 * on the dossier as a {@link EventType#DUE_RECOMPUTED} event naming the decision.
 */
@Component
class DueDatesFollowCalendar implements CalendarFollower {

    static final String SUBJECT = "calendar.change.dossierDue";

    private final DossierRepository dossiers;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final Clock clock;

    DueDatesFollowCalendar(DossierRepository dossiers, Agencies agencies, ProcedureCatalog catalog, Clock clock) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public List<DateChange> follow(WorkingCalendar before, WorkingCalendar after, String reason, boolean apply) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, Set<DayOfWeek>> weekends = new HashMap<>();
        Map<String, DurationUnit> units = new HashMap<>();
        List<DateChange> changes = new ArrayList<>();
        for (DossierRepository.OpenDue d :
                dossiers.openDueFrom(now.toLocalDate().atStartOfDay())) {
            Set<DayOfWeek> weekend = weekends.computeIfAbsent(
                    d.agencyId(),
                    id -> agencies.byIdUnscoped(id).map(a -> a.weekend()).orElse(WorkingCalendar.DEFAULT_WEEKEND));
            DurationUnit unit = units.computeIfAbsent(
                    d.procedureCode(),
                    code -> catalog.find(code).map(p -> p.durationUnit()).orElse(DurationUnit.WORKING_DAYS));
            // each agency on its own calendar: the national one with the days it keeps apart
            WorkingCalendar was = before.of(d.agencyId());
            WorkingCalendar will = after.of(d.agencyId());
            LocalDateTime due = remap(was, will, d.receivedAt(), d.dueAt(), unit, weekend);
            if (due.equals(d.dueAt())) {
                continue;
            }
            changes.add(new DateChange(SUBJECT, d.code(), d.dueAt(), due));
            if (apply) {
                LocalDateTime original = remap(was, will, d.receivedAt(), d.originalDueAt(), unit, weekend);
                dossiers.moveDue(d.id(), due, original);
                dossiers.insertEvent(
                        d.id(),
                        new NewEvent(
                                "calendar-" + UUID.randomUUID(),
                                EventType.DUE_RECOMPUTED,
                                now,
                                d.agencyId(),
                                null,
                                null,
                                due,
                                reason + ": " + d.dueAt() + " → " + due),
                        now,
                        CurrentUser.name());
            }
        }
        return changes;
    }

    /** The due time under {@code after} that keeps the working days it had under {@code before}. */
    static LocalDateTime remap(
            WorkingCalendar before,
            WorkingCalendar after,
            LocalDateTime receivedAt,
            LocalDateTime due,
            DurationUnit unit,
            Set<DayOfWeek> weekend) {
        LocalDate day = due.toLocalDate();
        if (unit == DurationUnit.CALENDAR_DAYS) {
            return after.isWorkingDay(day, weekend)
                    ? due
                    : after.nextWorkingDay(day, weekend).atTime(due.toLocalTime());
        }
        LocalDate anchor = receivedAt.toLocalDate();
        if (!before.isWorkingDay(day, weekend) || !day.isAfter(anchor)) {
            return due;
        }
        int workingDays = before.workingDaysBetween(anchor, day, weekend);
        LocalDate moved = anchor;
        for (int i = 0; i < workingDays; i++) {
            moved = after.nextWorkingDay(moved, weekend);
        }
        return moved.atTime(due.toLocalTime());
    }
}
