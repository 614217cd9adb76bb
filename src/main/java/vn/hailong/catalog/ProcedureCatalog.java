package vn.hailong.catalog;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.RowImport;
import vn.hailong.shared.TableRow;
import vn.hailong.shared.Texts;

/** The catalogue of service fields and administrative procedures. */
@Service
public class ProcedureCatalog {

    private static final Set<String> AGENCY_KINDS = Set.of(
            "COMMUNE_PC",
            "PROVINCE_PC",
            "DEPARTMENT",
            "SERVICE_CENTER",
            "COMMUNE_CENTRE",
            "RECEIVING_POINT",
            "CENTRE_BRANCH");

    private final ProcedureRepository procedures;
    private final AuditLog audit;
    private final MessageSource messages;
    private final vn.hailong.access.ScopeGuard guard;

    /** The catalogue is national (no province column): only system administrators change it. */
    ProcedureCatalog(
            ProcedureRepository procedures,
            AuditLog audit,
            MessageSource messages,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.procedures = procedures;
        this.audit = audit;
        this.messages = messages;
    }

    /** Search by field and by text; the text ignores Vietnamese diacritics ("khai sinh" finds "Khai sinh"). */
    public List<Procedure> search(String fieldCode, String query) {
        return procedures.search(Texts.blankToNull(fieldCode), query, 500);
    }

    /** The procedure by its local code or by its national code (mã TTHC, e.g. {@code 1.001193}). */
    public Optional<Procedure> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim();
        return procedures
                .find(c)
                .or(() -> c.matches(Procedure.NATIONAL_CODE) ? procedures.byNationalCode(c) : Optional.empty());
    }

    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("procedure.notFound", code));
    }

    public List<ServiceField> fields() {
        return procedures.fields();
    }

    public long count() {
        return procedures.count();
    }

    @Transactional
    public void saveField(ServiceField field) {
        guard.national();
        procedures.upsertField(field);
        audit.record("service_field", field.code(), "SAVE", null, field);
    }

    @Transactional
    public void create(ProcedureForm form) {
        guard.national();
        Procedure p = toProcedure(form);
        if (procedures.find(p.code()).isPresent()) {
            throw new ConflictException("procedure.duplicate", p.code());
        }
        checkNationalCodeFree(p);
        procedures.insert(p);
        audit.record("procedure", p.code(), "CREATE", null, p);
    }

    @Transactional
    public void update(String code, ProcedureForm form) {
        guard.national();
        Procedure before = get(code);
        Procedure p = toProcedure(form);
        if (!p.code().equals(code)) {
            throw new InvalidInputException("procedure.codeImmutable");
        }
        checkNationalCodeFree(p);
        procedures.update(p);
        audit.record("procedure", code, "UPDATE", before, p);
    }

    /**
     * Imports procedures from CSV or XLSX with the columns
     * {@code code,name,field_code,duration,duration_unit,fee_vnd,life_event,agency_kinds,documents[,national_code]}
     * (agency kinds and documents separated by '|'; the national code, mã TTHC such as {@code 1.001193}, optional). Each good row is created or updated; each bad row
     * is reported with its line and reason; importing the same file twice changes nothing.
     */
    @Transactional
    public ImportReport importProcedures(String fileName, InputStream in) {
        guard.national();
        return RowImport.run(
                fileName,
                in,
                "code",
                row -> {
                    Procedure p = parse(row);
                    Optional<Procedure> existing = procedures.find(p.code());
                    if (existing.isPresent() && existing.get().equals(p)) {
                        return RowImport.Outcome.UNCHANGED;
                    }
                    checkNationalCodeFree(p);
                    if (existing.isEmpty()) {
                        procedures.insert(p);
                    } else {
                        procedures.update(p);
                    }
                    audit.record("procedure", p.code(), "IMPORT", existing.orElse(null), p);
                    return RowImport.Outcome.IMPORTED;
                },
                e -> text(e.messageKey(), e.args()));
    }

    private Procedure parse(TableRow row) {
        if (row.cells().size() < 7) {
            throw new InvalidInputException("import.columns", 9, row.cells().size());
        }
        int duration;
        long fee;
        try {
            duration = Integer.parseInt(row.cell(3));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("procedure.badDuration", row.cell(3));
        }
        try {
            fee = Long.parseLong(row.cell(5).replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("procedure.badFee", row.cell(5));
        }
        DurationUnit unit = parseEnum(DurationUnit.class, row.cell(4), "procedure.badUnit");
        LifeEvent life = row.cell(6).isEmpty()
                ? LifeEvent.NONE
                : parseEnum(LifeEvent.class, row.cell(6), "procedure.badLifeEvent");
        return toProcedure(new ProcedureForm(
                row.cell(0),
                row.cell(1),
                row.cell(2),
                duration,
                unit,
                fee,
                life,
                row.cell(7).replace('|', ','),
                row.cell(8).replace('|', '\n'),
                row.cell(9)));
    }

    private Procedure toProcedure(ProcedureForm f) {
        if (f.code() == null || !f.code().matches("[A-Za-z0-9._-]{1,40}")) {
            throw new InvalidInputException("procedure.badCode", f.code());
        }
        if (f.name() == null || f.name().isBlank()) {
            throw new InvalidInputException("procedure.nameRequired");
        }
        if (!procedures.fieldExists(f.fieldCode())) {
            throw new InvalidInputException("procedure.unknownField", f.fieldCode());
        }
        if (f.duration() == null || f.duration() < 1 || f.duration() > 365) {
            throw new InvalidInputException("procedure.badDuration", f.duration());
        }
        if (f.feeVnd() == null || f.feeVnd() < 0) {
            throw new InvalidInputException("procedure.badFee", f.feeVnd());
        }
        List<String> kinds = splitList(f.agencyKinds(), "[,|]");
        for (String k : kinds) {
            if (!AGENCY_KINDS.contains(k)) {
                throw new InvalidInputException("procedure.badAgencyKind", k);
            }
        }
        String national = Texts.blankToNull(
                f.nationalCode() == null ? null : f.nationalCode().trim());
        if (national != null && !national.matches(Procedure.NATIONAL_CODE)) {
            throw new InvalidInputException("procedure.badNationalCode", national);
        }
        return new Procedure(
                f.code().trim(),
                f.name().trim(),
                f.fieldCode(),
                f.duration(),
                f.durationUnit(),
                f.feeVnd(),
                f.lifeEvent(),
                kinds.isEmpty() ? List.of("COMMUNE_PC") : kinds,
                splitList(f.documents(), "\\R"),
                national);
    }

    /** A national code names one procedure. */
    private void checkNationalCodeFree(Procedure p) {
        if (p.nationalCode() != null) {
            procedures
                    .byNationalCode(p.nationalCode())
                    .filter(other -> !other.code().equals(p.code()))
                    .ifPresent(other -> {
                        throw new ConflictException("procedure.nationalCodeTaken", p.nationalCode(), other.code());
                    });
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key, value);
        }
    }

    private static List<String> splitList(String s, String regex) {
        return s == null || s.isBlank()
                ? List.of()
                : Arrays.stream(s.split(regex))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
