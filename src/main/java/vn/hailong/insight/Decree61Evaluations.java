package vn.hailong.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The Decree 61/2018 evaluation of units per quarter, within the caller's scope: the average of the finished
 * dossiers' scores out of 18 with per-indicator averages, the unit leader's self-score (the computed average unless
 * changed with a note) and the province's appraised score, each classified by the configured bands; both entries
 * are audited.
 */
@Service
public class Decree61Evaluations {

    private final Decree61Measures measures;
    private final Decree61Bands bands;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    Decree61Evaluations(
            Decree61Measures measures, Decree61Bands bands, Agencies agencies, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.bands = bands;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** "2026-Q3" → that quarter; blank → the last whole quarter; anything else → a problem with a Vietnamese detail. */
    public Period quarter(String key) {
        if (key == null || key.isBlank()) {
            return Period.parse(currentQuarter()).previous();
        }
        Period p;
        try {
            p = Period.parse(key);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("decree61.badQuarter", key);
        }
        if (!p.key().contains("-Q")) {
            throw new InvalidInputException("decree61.badQuarter", key);
        }
        return p;
    }

    public Decree61Bands bands() {
        return bands;
    }

    /** Every unit (agency) within {@code unit} (a province, commune or agency code; null: all in scope) with scored dossiers. */
    public List<Decree61Unit> units(String unit, Period quarter) {
        var sums = measures.sums(CurrentUser.scope(), blank(unit), quarter.from(), quarter.to());
        Map<Long, Decree61Unit.Assessment[]> entered = measures.assessments(
                sums.stream().map(Decree61Measures.Sums::agencyId).toList(), quarter.key());
        List<Decree61Unit> out = new ArrayList<>();
        for (var s : sums) {
            out.add(of(s, quarter, entered.getOrDefault(s.agencyId(), new Decree61Unit.Assessment[2])));
        }
        return out;
    }

    /**
     * Every scored dossier within {@code unit} pooled together (not a mean of units): n, the average out of 18 and
     * per-indicator averages, classified; no self or appraised score (those belong to single units).
     */
    public Decree61Unit total(String unit, Period quarter) {
        var sums = measures.sums(CurrentUser.scope(), blank(unit), quarter.from(), quarter.to());
        long[] points = new long[9];
        long[] counts = new long[9];
        sums.forEach(x -> {
            for (int i = 0; i < 9; i++) {
                points[i] += x.points()[i];
                counts[i] += x.counts()[i];
            }
        });
        var all = new Decree61Measures.Sums(
                0,
                blank(unit),
                null,
                sums.stream().mapToLong(Decree61Measures.Sums::n).sum(),
                sums.stream().map(Decree61Measures.Sums::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                points,
                counts);
        return of(all, quarter, new Decree61Unit.Assessment[2]);
    }

    /** One unit's quarter (an agency code), or not found when it is out of scope; n = 0 when it has no scored dossier. */
    public Decree61Unit unit(String agencyCode, Period quarter) {
        Agency agency = visible(agencyCode);
        return units(agency.code(), quarter).stream()
                .filter(u -> u.key().equals(agency.code()))
                .findFirst()
                .orElseGet(() -> empty(agency, quarter));
    }

    /** The finished dossiers' indicators within {@code unit}, in order of finishing, a page at a time. */
    public Page dossiers(String unit, Period quarter, int offset, int limit) {
        if (blank(unit) == null) {
            throw new InvalidInputException("decree61.unitRequired");
        }
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new InvalidInputException("decree61.badPage");
        }
        var scope = CurrentUser.scope();
        return new Page(
                quarter.key(),
                measures.count(scope, unit.trim(), quarter.from(), quarter.to()),
                offset,
                measures.dossiers(scope, unit.trim(), quarter.from(), quarter.to(), offset, limit));
    }

    /** A page of dossier scores and how many there are in all. */
    public record Page(String quarter, long total, int offset, List<Decree61DossierScore> items) {}

    /** The unit leader's self-score: the computed average when none is given; another score needs a note. */
    @Transactional
    public Decree61Unit selfScore(String agencyCode, Period quarter, Double score, String note) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("decree61.selfForbidden");
        }
        Decree61Unit now = entry(agencyCode, quarter);
        Double value = score != null ? score : now.average();
        String text = note(note);
        if (value == null) {
            throw new InvalidInputException("decree61.scoreRequired");
        }
        if (now.average() == null || Math.abs(value - now.average()) >= 0.005) {
            if (text == null) {
                throw new InvalidInputException("decree61.noteRequired");
            }
        }
        return save("self", now, quarter, value, text);
    }

    /** The province's appraised score of a unit's quarter. */
    @Transactional
    public Decree61Unit appraisedScore(String agencyCode, Period quarter, Double score, String note) {
        if (!CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("decree61.appraiseForbidden");
        }
        Decree61Unit now = entry(agencyCode, quarter);
        if (score == null) {
            throw new InvalidInputException("decree61.scoreRequired");
        }
        return save("appraised", now, quarter, score, note(note));
    }

    private Decree61Unit entry(String agencyCode, Period quarter) {
        if (quarter.from().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("decree61.futureQuarter", quarter.key());
        }
        return unit(agencyCode, quarter);
    }

    private Decree61Unit save(String which, Decree61Unit before, Period quarter, double score, String note) {
        if (Double.isNaN(score) || score < 0 || score > 18) {
            throw new InvalidInputException("decree61.badScore", score);
        }
        BigDecimal value = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
        Agency agency = visible(before.key());
        Decree61Unit.Assessment old = which.equals("self") ? before.selfScore() : before.appraisedScore();
        measures.assess(which, agency.id(), quarter.key(), value, note, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record(
                "decree61_assessment",
                agency.id() + "/" + quarter.key(),
                which.equals("self") ? "SELF_SCORE" : "APPRAISED_SCORE",
                old == null ? null : Map.of("score", old.score()),
                note == null
                        ? Map.of("score", value, "computed", String.valueOf(before.average()))
                        : Map.of("score", value, "computed", String.valueOf(before.average()), "note", note));
        return unit(agency.code(), quarter);
    }

    private Decree61Unit of(Decree61Measures.Sums s, Period quarter, Decree61Unit.Assessment[] a) {
        Double average =
                s.n() == 0 ? null : round(s.total().divide(BigDecimal.valueOf(s.n()), 4, RoundingMode.HALF_UP));
        List<Decree61Unit.IndicatorAverage> indicators = new ArrayList<>();
        for (Decree61Indicator i : Decree61Indicator.values()) {
            long n = s.counts()[i.ordinal()];
            indicators.add(new Decree61Unit.IndicatorAverage(
                    i.code(),
                    i,
                    n,
                    n == 0
                            ? null
                            : round(BigDecimal.valueOf(s.points()[i.ordinal()])
                                    .divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP))));
        }
        return new Decree61Unit(
                s.key(),
                s.label(),
                quarter.key(),
                s.n(),
                average,
                indicators,
                bands.classify(average),
                a[0],
                a[0] == null ? null : bands.classify(a[0].score()),
                a[1],
                a[1] == null ? null : bands.classify(a[1].score()));
    }

    private Decree61Unit empty(Agency agency, Period quarter) {
        List<Decree61Unit.IndicatorAverage> none = new ArrayList<>();
        for (Decree61Indicator i : Decree61Indicator.values()) {
            none.add(new Decree61Unit.IndicatorAverage(i.code(), i, 0, null));
        }
        var a = measures.assessments(List.of(agency.id()), quarter.key())
                .getOrDefault(agency.id(), new Decree61Unit.Assessment[2]);
        return new Decree61Unit(
                agency.code(),
                agency.name(),
                quarter.key(),
                0,
                null,
                none,
                null,
                a[0],
                a[0] == null ? null : bands.classify(a[0].score()),
                a[1],
                a[1] == null ? null : bands.classify(a[1].score()));
    }

    private Agency visible(String code) {
        String c = blank(code);
        return agencies.visible(null).stream()
                .filter(a -> a.code().equals(c))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
    }

    private String currentQuarter() {
        LocalDate today = LocalDate.now(clock);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static String note(String note) {
        String text = Texts.blankToNull(note);
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("insight.noteTooLong");
        }
        return text;
    }

    private static Double round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
