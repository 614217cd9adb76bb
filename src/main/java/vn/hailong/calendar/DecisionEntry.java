package vn.hailong.calendar;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.shared.Csv;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.RowImport;
import vn.hailong.shared.TableRow;

/**
 * Entering a government decision on days off, from a file ({@code date,kind,name,source}) or the form: first a
 * preview of the days and of the dossiers' due dates and ballot-box openings it would move, then, once confirmed,
 * the days are stored with their source, the document is recorded for its year (which stops being provisional),
 * and every {@link CalendarFollower} moves its dates. Entering the same days again changes nothing.
 */
@Service
public class DecisionEntry {

    /** The days read (good rows), the refused rows, and what the decision would move or has moved. */
    public record Proposal(List<DecidedDay> days, ImportReport report, List<DateChange> changes) {}

    static final String HEADER = "date";

    private final OverrideRepository overrides;
    private final vn.hailong.access.ScopeGuard guard;
    private final DecisionRepository decisions;
    private final WorkingCalendar calendar;
    private final CalendarDecisions years;
    private final List<CalendarFollower> followers;
    private final AuditLog audit;
    private final MessageSource messages;

    DecisionEntry(
            OverrideRepository overrides,
            DecisionRepository decisions,
            WorkingCalendar calendar,
            CalendarDecisions years,
            List<CalendarFollower> followers,
            AuditLog audit,
            MessageSource messages,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.overrides = overrides;
        this.decisions = decisions;
        this.calendar = calendar;
        this.years = years;
        this.followers = followers;
        this.audit = audit;
        this.messages = messages;
    }

    /** Reads a file (CSV or XLSX) and shows what it would change; nothing is stored. */
    public Proposal preview(String fileName, InputStream in) {
        List<DecidedDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        ImportReport report = RowImport.run(
                fileName,
                in,
                HEADER,
                row -> {
                    DecidedDay day = parse(row);
                    if (!seen.add(day.day())) {
                        throw new InvalidInputException("calendar.decision.duplicateDay", day.day());
                    }
                    days.add(day);
                    return RowImport.Outcome.IMPORTED;
                },
                e -> messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        return new Proposal(List.copyOf(days), report, changes(days, false));
    }

    /** One day entered in the form, shown before it is stored. */
    public Proposal preview(DecidedDay day) {
        DecidedDay checked = check(day.day(), day.kind(), day.name(), day.source());
        return new Proposal(List.of(checked), new ImportReport(1, 0, List.of()), changes(List.of(checked), false));
    }

    /** Stores the days (each replacing what was decided for it before) and moves the dates that follow the calendar. */
    @Transactional
    public Proposal apply(List<DecidedDay> proposed) {
        guard.national();
        if (proposed.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        List<DecidedDay> days = proposed.stream()
                .map(d -> check(d.day(), d.kind(), d.name(), d.source()))
                .toList();
        List<DateChange> moved = changes(days, true);
        int stored = 0;
        for (DecidedDay d : days) {
            CalendarOverride before = overrides.on(d.day()).orElse(null);
            if (before != null
                    && before.kind() == d.kind()
                    && before.name().equals(d.name())
                    && d.source().equals(before.source())) {
                continue;
            }
            if (before != null) {
                overrides.deleteDay(d.day());
            }
            overrides.insert(d.day(), d.kind(), d.name(), d.source());
            audit.record("calendar_override", d.day(), before == null ? "CREATE" : "UPDATE", before, d);
            stored++;
        }
        Map<Integer, Set<String>> documents = new LinkedHashMap<>();
        days.forEach(d -> documents
                .computeIfAbsent(d.day().getYear(), y -> new TreeSet<>())
                .add(d.source()));
        documents.forEach((year, sources) -> sources.stream()
                .filter(source -> !decisions.exists(year, source))
                .forEach(source -> {
                    CalendarDecision decision = new CalendarDecision(0, year, source, null, source, true, null);
                    decisions.insert(decision);
                    audit.record("calendar_decision", year + " " + source, "CREATE", null, decision);
                }));
        calendar.invalidate();
        years.invalidate();
        return new Proposal(days, new ImportReport(stored, days.size() - stored, List.of()), moved);
    }

    /** The days as the text of a CSV file, carried from the preview to the confirmation. */
    public static String csv(List<DecidedDay> days) {
        StringBuilder out = new StringBuilder(Csv.line(Csv.Dialect.COMMA, List.of("date", "kind", "name", "source")));
        days.forEach(d -> out.append(Csv.line(Csv.Dialect.COMMA, List.of(d.day(), d.kind(), d.name(), d.source()))));
        return out.toString();
    }

    /** Reads the text made by {@link #csv}; a row that no longer passes is refused as a whole. */
    public Proposal fromCsv(String text) {
        Proposal p = preview("decision.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        if (!p.report().errors().isEmpty()) {
            throw new InvalidInputException("calendar.decision.changed");
        }
        return p;
    }

    private List<DateChange> changes(List<DecidedDay> days, boolean apply) {
        if (days.isEmpty()) {
            return List.of();
        }
        WorkingCalendar after = calendar.with(days);
        String reason = String.join(
                ", ", new TreeSet<>(days.stream().map(DecidedDay::source).toList()));
        List<DateChange> all = new ArrayList<>();
        followers.forEach(f -> all.addAll(f.follow(calendar, after, reason, apply)));
        return all;
    }

    private static DecidedDay parse(TableRow row) {
        if (row.cells().size() < 4) {
            throw new InvalidInputException("import.columns", 4, row.cells().size());
        }
        LocalDate day;
        try {
            day = LocalDate.parse(row.cell(0).trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("import.badDate", row.cell(0));
        }
        HolidayKind kind;
        try {
            kind = HolidayKind.valueOf(row.cell(1).trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("calendar.decision.badKind", row.cell(1));
        }
        return check(day, kind, row.cell(2), row.cell(3));
    }

    private static DecidedDay check(LocalDate day, HolidayKind kind, String name, String source) {
        if (day == null || kind == null) {
            throw new InvalidInputException("calendar.override.incomplete");
        }
        if (day.getYear() < 1902 || day.getYear() > 2090) {
            throw new InvalidInputException("calendar.badYear", day.getYear());
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidInputException("calendar.override.nameRequired");
        }
        if (source == null || source.isBlank() || source.trim().length() > 120) {
            throw new InvalidInputException("calendar.decision.sourceRequired");
        }
        return new DecidedDay(day, kind, name.trim(), source.trim());
    }
}
