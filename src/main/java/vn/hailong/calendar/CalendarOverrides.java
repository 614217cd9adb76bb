package vn.hailong.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** The yearly decisions an administrator records: exact Tết days, extra days off, swapped working days. */
@Service
public class CalendarOverrides {

    private final OverrideRepository overrides;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final vn.hailong.access.ScopeGuard guard;

    /** Overrides are the government's nationwide decisions: only system administrators change them. */
    CalendarOverrides(
            OverrideRepository overrides,
            WorkingCalendar calendar,
            AuditLog audit,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.overrides = overrides;
        this.calendar = calendar;
        this.audit = audit;
    }

    public List<CalendarOverride> year(int year) {
        return overrides.year(year);
    }

    @Transactional
    public void add(LocalDate day, HolidayKind kind, String name) {
        guard.national();
        if (day == null || kind == null) {
            throw new InvalidInputException("calendar.override.incomplete");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("calendar.override.nameRequired");
        }
        if (overrides.exists(day)) {
            throw new ConflictException("calendar.override.duplicate", day);
        }
        overrides.insert(day, kind, name.trim());
        audit.record(
                "calendar_override",
                day,
                "CREATE",
                null,
                Map.of("day", day.toString(), "kind", kind, "name", name.trim()));
        calendar.invalidate();
    }

    @Transactional
    public void remove(long id) {
        guard.national();
        CalendarOverride before =
                overrides.find(id).orElseThrow(() -> new NotFoundException("calendar.override.notFound", id));
        overrides.delete(id);
        audit.record("calendar_override", before.day(), "DELETE", before, null);
        calendar.invalidate();
    }
}
