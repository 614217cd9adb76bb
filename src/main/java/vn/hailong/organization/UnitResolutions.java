package vn.hailong.organization;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.RowImport;
import vn.hailong.shared.TableRow;

/**
 * Imports a resolution that changes units (CSV or XLSX, one row per unit it creates or changes):
 * {@code effective_date,resolution,code,level,unit_type,name,name_en,parent_code,predecessor_codes}. Each row makes a
 * new version of the unit from the effective date; the version of the code valid the day before, and each listed
 * predecessor (codes separated by spaces or semicolons; by default the code itself), ends the day before and is linked
 * as predecessor, so reports on the new unit still count their history. Blank columns keep the current value. Good
 * rows are taken, bad rows reported; importing the same file again changes nothing.
 */
@Service
public class UnitResolutions {

    static final Set<String> TYPES =
            Set.of("Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Quận", "Huyện", "Thị xã", "Thị trấn");
    private static final Set<String> LEVELS = Set.of("province", "district", "commune");
    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s;]+");

    private final UnitRepository units;
    private final vn.hailong.access.ScopeGuard guard;
    private final AuditLog audit;
    private final MessageSource messages;

    UnitResolutions(UnitRepository units, AuditLog audit, MessageSource messages, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public ImportReport importResolution(String fileName, InputStream in) {
        guard.national();
        return RowImport.run(
                fileName,
                in,
                "effective_date",
                this::take,
                e -> messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
    }

    private RowImport.Outcome take(TableRow row) {
        if (row.cells().size() < 3) {
            throw new InvalidInputException("import.columns", 9, row.cells().size());
        }
        LocalDate effective = date(row.cell(0));
        LocalDate dayBefore = effective.minusDays(1);
        String resolution = required(row.cell(1), 60, "unit.change.resolutionRequired");
        String code = row.cell(2).trim();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("unit.change.badCode", code);
        }
        AdminUnit current = units.at(code, dayBefore).orElse(null);
        String level = or(row.cell(3), current == null ? null : current.level());
        String type = or(row.cell(4), current == null ? null : current.unitType());
        String name = or(row.cell(5), current == null ? null : current.name());
        if (level == null || type == null || name == null) {
            throw new InvalidInputException("unit.change.incomplete", code);
        }
        if (!LEVELS.contains(level)) {
            throw new InvalidInputException("unit.badLevel", level);
        }
        if (!TYPES.contains(type)) {
            throw new InvalidInputException("unit.change.badType", type);
        }
        String parent =
                "province".equals(level) ? null : or(row.cell(7), current == null ? null : current.parentCode());
        if (!"province".equals(level)
                && (parent == null || units.at(parent, effective).isEmpty())) {
            throw new InvalidInputException("unit.change.parentMissing", parent == null ? "" : parent, effective);
        }
        NewUnitVersion version = new NewUnitVersion(
                code,
                parent,
                level,
                type,
                name,
                or(row.cell(6), current == null ? null : current.nameEn()),
                effective,
                resolution);
        List<AdminUnit> predecessors = predecessors(row.cell(8), code, current, dayBefore);

        var existing = units.startingOn(code, effective);
        if (existing.isPresent()) {
            if (!version.sameAs(existing.get())) {
                throw new InvalidInputException("unit.change.otherVersion", code, effective);
            }
            return RowImport.Outcome.UNCHANGED;
        }
        if (current != null) {
            units.end(current.id(), dayBefore);
        }
        long id = units.insertVersion(version);
        for (AdminUnit p : predecessors) {
            if (p.validTo() == null || p.validTo().isAfter(dayBefore)) {
                units.end(p.id(), dayBefore);
            }
            units.link(p.id(), id, effective);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("resolution", resolution);
        after.put("fullName", version.fullName());
        after.put("parent", parent == null ? "" : parent);
        after.put("predecessors", predecessors.stream().map(AdminUnit::code).toList());
        audit.record("admin_unit", code + "@" + effective, "CREATE", current, after);
        return RowImport.Outcome.IMPORTED;
    }

    private List<AdminUnit> predecessors(String cell, String code, AdminUnit current, LocalDate dayBefore) {
        String listed = cell == null ? "" : cell.trim();
        if (listed.isEmpty()) {
            return current == null ? List.of() : List.of(current);
        }
        List<AdminUnit> found = new ArrayList<>();
        for (String c : SEPARATORS.split(listed)) {
            found.add(
                    c.equals(code) && current != null
                            ? current
                            : units.at(c, dayBefore)
                                    .orElseThrow(() ->
                                            new InvalidInputException("unit.succession.oldMissing", c, dayBefore)));
        }
        return found;
    }

    private static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("import.badDate", cell);
        }
    }

    private static String required(String cell, int max, String key) {
        String v = cell == null ? "" : cell.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInputException(key);
        }
        return v;
    }

    private static String or(String cell, String fallback) {
        String v = cell == null ? "" : cell.trim();
        return v.isEmpty() ? fallback : v;
    }
}
