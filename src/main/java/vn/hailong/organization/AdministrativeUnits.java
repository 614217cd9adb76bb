package vn.hailong.organization;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.RowImport;

/** Administrative units as they were on any day, with their mergers. */
@Service
public class AdministrativeUnits {

    private static final Set<String> LEVELS = Set.of("province", "district", "commune");

    private final UnitRepository units;
    private final Clock clock;
    private final AuditLog audit;
    private final MessageSource messages;

    AdministrativeUnits(UnitRepository units, Clock clock, AuditLog audit, MessageSource messages) {
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<AdminUnit> list(String level, String parentCode, LocalDate at) {
        if (level != null && !LEVELS.contains(level)) {
            throw new InvalidInputException("unit.badLevel", level);
        }
        return units.list(level, parentCode, at == null ? today() : at);
    }

    /** The version valid on the day, or (if none is) the latest version of that code. */
    public Optional<AdminUnit> find(String code, LocalDate at) {
        Optional<AdminUnit> valid = units.at(code, at == null ? today() : at);
        return valid.isPresent() ? valid : units.versions(code).stream().findFirst();
    }

    public UnitDetail detail(String code, LocalDate at) {
        AdminUnit unit = find(code, at).orElseThrow(() -> new NotFoundException("unit.notFound", code));
        return UnitDetail.of(unit, units.predecessors(unit.id()), units.successors(unit.id()));
    }

    public List<AdminUnit> versions(String code) {
        return units.versions(code);
    }

    public List<AdminUnit> search(String query, LocalDate at) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return units.search(query, at == null ? today() : at, 50);
    }

    public long count(String level, LocalDate at) {
        return units.count(level, at);
    }

    /** Units of a level valid on the day, counted per type (e.g. {@code {Thành phố=7, Tỉnh=27}}). */
    public java.util.Map<String, Long> countByType(String level, LocalDate at) {
        if (!LEVELS.contains(level)) {
            throw new InvalidInputException("unit.badLevel", level);
        }
        return units.countByType(level, at == null ? today() : at);
    }

    /**
     * The codes under which history of this unit may have been recorded: itself and, transitively,
     * every predecessor (so a report on a merged commune also counts its former communes).
     */
    public Set<String> codesWithHistory(String code) {
        Set<String> codes = new LinkedHashSet<>();
        Deque<AdminUnit> todo = new ArrayDeque<>(units.versions(code));
        Set<Long> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            AdminUnit u = todo.pop();
            if (seen.add(u.id())) {
                codes.add(u.code());
                todo.addAll(units.predecessors(u.id()));
            }
        }
        return codes;
    }

    /**
     * Imports successions from CSV or XLSX with columns {@code old_code,new_code,effective_date}: the
     * old unit is the one valid the day before the effective date, the new one the one valid on it.
     * Good rows are taken, bad rows reported; importing the same file again changes nothing.
     */
    @Transactional
    public ImportReport importSuccessions(String fileName, InputStream in) {
        return RowImport.run(
                fileName,
                in,
                "old_code",
                row -> {
                    LocalDate effective;
                    try {
                        effective = LocalDate.parse(row.cell(2));
                    } catch (DateTimeParseException e) {
                        throw new InvalidInputException("import.badDate", row.cell(2));
                    }
                    AdminUnit old = units.at(row.cell(0), effective.minusDays(1))
                            .orElseThrow(() -> new InvalidInputException(
                                    "unit.succession.oldMissing", row.cell(0), effective.minusDays(1)));
                    AdminUnit successor = units.at(row.cell(1), effective)
                            .orElseThrow(() ->
                                    new InvalidInputException("unit.succession.newMissing", row.cell(1), effective));
                    if (!units.link(old.id(), successor.id(), effective)) {
                        return RowImport.Outcome.UNCHANGED;
                    }
                    audit.record(
                            "unit_succession",
                            old.code() + "->" + successor.code(),
                            "CREATE",
                            null,
                            java.util.Map.of(
                                    "old",
                                    old.fullName(),
                                    "new",
                                    successor.fullName(),
                                    "effective",
                                    effective.toString()));
                    return RowImport.Outcome.IMPORTED;
                },
                e -> text(e.messageKey(), e.args()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
