package vn.hailong.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopedPrincipal;
import vn.hailong.insight.Period;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Big exports run in the background: a request is queued with its requester and their scope, a worker
 * ({@link ExportJobs}) produces the file as that requester, and only the requester (or an administrator)
 * may read the job and download the file until it expires ({@code hailong.exports.keep}, 7 days).
 */
@Service
public class Exports {

    private static final Logger log = LoggerFactory.getLogger(Exports.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ExportRepository jobs;
    private final ProvinceAnnualReport annual;
    private final UnitReport units;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration keep;

    private final vn.hailong.access.ScopeGuard guard;

    Exports(
            ExportRepository jobs,
            ProvinceAnnualReport annual,
            UnitReport units,
            MessageSource messages,
            Clock clock,
            ExportProperties exportProperties,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.jobs = jobs;
        this.annual = annual;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
        this.keep = exportProperties.keep();
    }

    /**
     * Queues an export. The annual report needs a year and a province the caller sees whole (it then runs in
     * that province's scope); the unit table takes any period and defaults to the caller's province.
     */
    public ExportJob submit(ExportKind kind, String unit, String period) {
        ScopedPrincipal who = CurrentUser.principal().orElseThrow(() -> new ForbiddenException("report.export.signIn"));
        AgencyScope scope = who.scope();
        String u = unit == null || unit.isBlank() ? scope.provinceCode() : unit.trim();
        Period p = period(period);
        if (kind.annual()) {
            if (!p.key().matches("\\d{4}")) {
                throw new InvalidInputException("report.export.yearOnly", period);
            }
            if (u == null || !(scope.all() || u.equals(scope.provinceCode()))) {
                throw new ForbiddenException("report.export.provinceOnly");
            }
            scope = AgencyScope.province(u);
        } else if (u != null) {
            guard.unit(u, "report.unitNotFound"); // a unit outside the scope answers as one that does not exist
        }
        long id =
                jobs.insert(kind, u == null ? "" : u, p.key(), who.name(), who.role(), scope, LocalDateTime.now(clock));
        return jobs.find(id).orElseThrow();
    }

    /** The caller's jobs, newest first (an administrator sees everybody's). */
    public List<ExportJob> mine() {
        return jobs.list(admin() ? null : CurrentUser.name(), 50);
    }

    public ExportJob get(long id) {
        return jobs.find(id)
                .filter(j -> admin() || j.requestedBy().equals(CurrentUser.name()))
                .orElseThrow(() -> new NotFoundException("report.export.notFound", id));
    }

    public ExportFile file(long id) {
        ExportJob job = get(id);
        if (!job.ready()) {
            throw new ConflictException("report.export.notReady." + job.status());
        }
        return jobs.file(id).orElseThrow(() -> new ConflictException("report.export.notReady.EXPIRED"));
    }

    /** Runs the queued jobs one after another; returns how many this call ran. */
    public int runQueued() {
        int ran = 0;
        for (var job = jobs.claim(LocalDateTime.now(clock));
                job.isPresent();
                job = jobs.claim(LocalDateTime.now(clock))) {
            run(job.get());
            ran++;
        }
        return ran;
    }

    /** Drops expired files; fails jobs a stopped worker left running for more than an hour. */
    public int expire() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jobs.expire(now, now.minusHours(1));
    }

    private void run(ExportRepository.Claimed job) {
        try {
            byte[] content = new ExportRequester(job.requestedBy(), job.role(), job.scope()).call(() -> produce(job));
            LocalDateTime now = LocalDateTime.now(clock);
            jobs.finish(job.id(), fileName(job), job.kind().contentType(), content, now, now.plus(keep));
        } catch (RuntimeException e) {
            log.warn("Export {} ({}) failed", job.id(), job.kind(), e);
            jobs.fail(job.id(), describe(e), LocalDateTime.now(clock));
        }
    }

    private byte[] produce(ExportRepository.Claimed job) {
        Period p = period(job.period());
        String unit = job.unit().isEmpty() ? null : job.unit();
        return switch (job.kind()) {
            case ANNUAL_PDF -> annual.pdf(unit, p.from().getYear());
            case ANNUAL_XLSX -> TableExport.xlsx(annual.tables(unit, p.from().getYear()));
            case UNITS_XLSX -> TableExport.xlsx(units.units(unit, p));
            case UNITS_CSV -> TableExport.csv(units.units(unit, p));
        };
    }

    /** A month, quarter or year key, or custom days written as {@code 2026-01-01..2026-06-30} (as {@link Period#key()} does). */
    static Period period(String key) {
        String k = key == null ? "" : key.trim();
        if (k.contains("..")) {
            try {
                String[] d = k.split("\\.\\.");
                return Period.days(LocalDate.parse(d[0]), LocalDate.parse(d[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("insight.badPeriod", key);
            }
        }
        return Period.parse(k);
    }

    private static String fileName(ExportRepository.Claimed job) {
        String base = job.kind().annual() ? "bao-cao-nam-" : "don-vi-";
        return base + (job.unit().isEmpty() ? "" : job.unit() + "-") + job.period() + "."
                + job.kind().extension();
    }

    private String describe(RuntimeException e) {
        if (e instanceof InvalidInputException i) {
            return messages.getMessage(i.messageKey(), i.args(), i.messageKey(), VI);
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static boolean admin() {
        return CurrentUser.hasRole(Role.SYSTEM_ADMIN);
    }
}
