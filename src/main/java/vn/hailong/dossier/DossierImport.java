package vn.hailong.dossier;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.RowError;
import vn.hailong.shared.TableRow;
import vn.hailong.shared.Tables;
import vn.hailong.shared.Texts;

/**
 * Imports dossiers exported by a provincial one-stop system (CSV or XLSX), one row per dossier:
 * {@code code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,
 * received_at,due_at,resolved_at,returned_at,status[,applicant_kind]} (the last optional: CITIZEN or ORGANISATION,
 * or "Công dân" / "Tổ chức"; blank = citizen). Good rows are taken in batches, bad rows are
 * reported with line and reason, and rows whose code is already known change nothing.
 */
@Service
public class DossierImport {

    static final int BATCH = 2000;
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("d/M/yyyy H:mm[:ss]"));

    private final Agencies agencies;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ImportWriters writers;
    private final vn.hailong.access.ScopeGuard guard;

    DossierImport(
            ImportWriters writers,
            Agencies agencies,
            AuditLog audit,
            MessageSource messages,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.agencies = agencies;
        this.audit = audit;
        this.messages = messages;
        this.writers = writers;
    }

    /**
     * Imports the rows of a CSV or XLSX export. Only those who handle dossiers may import ({@link Dossiers#HANDLERS});
     * each row's agency must lie in the caller's scope and its code in that agency's namespace
     * ({@link AgencyCodeSpace}), so that "unchanged, the code exists" can only be about the caller's own dossiers.
     */
    public ImportReport importFile(String fileName, InputStream in) {
        guard.role(Dossiers.HANDLERS);
        AgencyScope scope = CurrentUser.scope();
        Set<Long> allowed = scope.all()
                ? null
                : agencies.visible(null).stream().map(Agency::id).collect(Collectors.toSet());
        Locale locale = LocaleContextHolder.getLocale();
        List<RowError> errors = new ArrayList<>();
        List<ImportedDossier> batch = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Deque<Written> writing = new ArrayDeque<>();
        int[] counts = new int[2];
        try (ImportWriters.Run run = writers.start(allowed, CurrentUser.name())) {
            Tables.read(fileName, in, row -> {
                if (row.blank() || "code".equalsIgnoreCase(row.cell(0))) {
                    return;
                }
                try {
                    ImportedDossier parsed = parse(row);
                    AgencyCodeSpace.check(
                            parsed.agencyCode(),
                            agencies.byCode(parsed.agencyCode())
                                    .map(Agency::electronicId)
                                    .orElse(null),
                            parsed.code());
                    batch.add(parsed);
                    lines.add(row.line());
                } catch (InvalidInputException e) {
                    errors.add(new RowError(row.line(), text(e, locale)));
                }
                if (batch.size() == BATCH) {
                    writing.add(new Written(run.write(batch), List.copyOf(lines)));
                    batch.clear();
                    lines.clear();
                    while (!writing.isEmpty() && writing.peek().outcomes().isDone()) {
                        report(writing.poll(), errors, counts, locale);
                    }
                }
            });
            if (!batch.isEmpty()) {
                writing.add(new Written(run.write(batch), List.copyOf(lines)));
            }
        }
        while (!writing.isEmpty()) {
            report(writing.poll(), errors, counts, locale);
        }
        errors.sort(java.util.Comparator.comparingLong(RowError::line));
        audit.record(
                "dossier_import",
                fileName,
                "IMPORT",
                null,
                java.util.Map.of("imported", counts[0], "unchanged", counts[1], "rejected", errors.size()));
        return new ImportReport(counts[0], counts[1], errors);
    }

    /** A batch handed to the writers, with the file line of each of its rows. */
    private record Written(CompletableFuture<List<DossierBulk.Outcome>> outcomes, List<Long> lines) {}

    private void report(Written w, List<RowError> errors, int[] counts, Locale locale) {
        List<DossierBulk.Outcome> outcomes;
        try {
            outcomes = w.outcomes().join();
        } catch (java.util.concurrent.CompletionException failed) {
            // the writer's own failure (e.g. the database's), as the import used to throw it
            throw failed.getCause() instanceof RuntimeException r ? r : failed;
        }
        for (DossierBulk.Outcome o : outcomes) {
            if (o.written()) {
                counts[0]++;
            } else if (o.existed()) {
                counts[1]++;
            } else {
                errors.add(new RowError(w.lines().get(o.index()), text(o.error(), locale)));
            }
        }
    }

    static ImportedDossier parse(TableRow r) {
        return new ImportedDossier(
                r.cell(0),
                r.cell(1),
                r.cell(2),
                channel(r.cell(3)),
                r.cell(4),
                Texts.blankToNull(r.cell(5)),
                Texts.blankToNull(r.cell(6)),
                time(r.cell(7)),
                time(r.cell(8)),
                time(r.cell(9)),
                time(r.cell(10)),
                status(r.cell(11)),
                null,
                null,
                null,
                null,
                ApplicantKind.parse(r.cell(12)));
    }

    static LocalDateTime time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : TIMES) {
            try {
                return LocalDateTime.parse(s.trim(), f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return LocalDate.parse(s.trim()).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dossier.import.badTime", s);
        }
    }

    private static Channel channel(String s) {
        if (s.isBlank()) {
            return Channel.IN_PERSON;
        }
        try {
            return s.chars().allMatch(Character::isDigit)
                    ? Channel.of(Integer.parseInt(s))
                    : Channel.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dossier.import.badChannel", s);
        }
    }

    private static DossierStatus status(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return s.chars().allMatch(Character::isDigit)
                    ? DossierStatus.of(Integer.parseInt(s))
                    : DossierStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dossier.import.badStatus", s);
        }
    }

    private String text(InvalidInputException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }
}
