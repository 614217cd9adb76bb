package vn.hailong.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Days one agency keeps apart from the national calendar (a Saturday morning it works, a local day off): entered by
 * an administrator, a provincial official or the agency's leader, within their scope; audited. They count for that
 * agency's due dates and ballot-box openings ({@link WorkingCalendar#of}); entering or removing one moves the due
 * dates of the agency's open dossiers and its scheduled openings that it changes, each move recorded.
 */
@Service
public class AgencyOverrides {

    private static final List<HolidayKind> KINDS = List.of(HolidayKind.WORKING_SWAP, HolidayKind.EXTRA_DAY_OFF);

    private final AgencyOverrideRepository days;
    private final WorkingCalendar calendar;
    private final List<CalendarFollower> followers;
    private final AuditLog audit;
    private final ScopeGuard guard;

    AgencyOverrides(
            AgencyOverrideRepository days,
            WorkingCalendar calendar,
            List<CalendarFollower> followers,
            AuditLog audit,
            ScopeGuard guard) {
        this.days = days;
        this.calendar = calendar;
        this.followers = followers;
        this.audit = audit;
        this.guard = guard;
    }

    /** The kinds an agency may keep: a day off worked, a working day off. */
    public List<HolidayKind> kinds() {
        return KINDS;
    }

    /** The agency's own days of a year (the agency in the caller's scope). */
    public List<AgencyOverride> year(long agencyId, int year) {
        guard.agency(agencyId);
        return days.year(agencyId, year);
    }

    /** Adds a day of the agency's own; returns the due dates and openings it moved. */
    @Transactional
    public List<DateChange> add(long agencyId, LocalDate day, HolidayKind kind, String name, String source) {
        guard.roleOn(agencyId, Role.SYSTEM_ADMIN, Role.PROVINCIAL_OFFICIAL, Role.UNIT_LEADER);
        if (day == null || kind == null) {
            throw new InvalidInputException("calendar.override.incomplete");
        }
        if (!KINDS.contains(kind)) {
            throw new InvalidInputException("calendar.agency.badKind", kind.name());
        }
        if (day.getYear() < 1902 || day.getYear() > 2090) {
            throw new InvalidInputException("calendar.badYear", day.getYear());
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidInputException("calendar.override.nameRequired");
        }
        String from = source == null || source.isBlank() ? null : source.trim();
        if (from != null && from.length() > 200) {
            throw new InvalidInputException("calendar.agency.sourceTooLong");
        }
        if (days.exists(agencyId, day)) {
            throw new ConflictException("calendar.override.duplicate", day);
        }
        CalendarOverride added = new CalendarOverride(0, day, kind, name.trim(), from);
        List<DateChange> moved = follow(agencyId, list -> with(list, added), reason(name.trim(), from));
        days.insert(agencyId, day, kind, name.trim(), from);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("agencyId", agencyId);
        after.put("day", day.toString());
        after.put("kind", kind.name());
        after.put("name", name.trim());
        after.put("source", from == null ? "" : from);
        after.put("moved", moved.size());
        audit.record("calendar_agency_override", agencyId + "/" + day, "CREATE", null, after);
        calendar.invalidate();
        return moved;
    }

    /** Removes a day of the agency's own; returns the due dates and openings it moved back. */
    @Transactional
    public List<DateChange> remove(long id) {
        AgencyOverride before =
                days.find(id).orElseThrow(() -> new NotFoundException("calendar.override.notFound", id));
        guard.roleOn(before.agencyId(), Role.SYSTEM_ADMIN, Role.PROVINCIAL_OFFICIAL, Role.UNIT_LEADER);
        List<DateChange> moved = follow(
                before.agencyId(),
                list -> list.stream().filter(o -> !o.day().equals(before.day())).toList(),
                reason(before.name(), before.source()));
        days.delete(id);
        audit.record("calendar_agency_override", before.agencyId() + "/" + before.day(), "DELETE", before, null);
        calendar.invalidate();
        return moved;
    }

    private List<DateChange> follow(long agencyId, UnaryOperator<List<CalendarOverride>> change, String reason) {
        WorkingCalendar after = calendar.withAgencyDays(agencyId, change);
        List<DateChange> all = new ArrayList<>();
        followers.forEach(f -> all.addAll(f.follow(calendar, after, reason, true)));
        return all;
    }

    private static List<CalendarOverride> with(List<CalendarOverride> list, CalendarOverride added) {
        List<CalendarOverride> out = new ArrayList<>(list);
        out.add(added);
        return out;
    }

    private static String reason(String name, String source) {
        return source == null ? name : name + " (" + source + ")";
    }
}
