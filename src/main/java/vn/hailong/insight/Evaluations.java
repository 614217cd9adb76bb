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
import vn.hailong.insight.evaluation.EvaluationMeasures;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The citizen's evaluation of how units resolved dossiers (Decree 118/2025/NĐ-CP Art. 33 from 2025-Q3; Decree 61/2018
 * Art. 31 up to 2025-Q2, read-only) per quarter, within the caller's scope: the average of the finished
 * dossiers' scores out of 18 with per-indicator averages, the unit leader's self-score (the computed average unless
 * changed with a note) and the province's appraised score, each classified by the configured bands; both entries
 * are audited.
 */
@Service
public class Evaluations {

    private final EvaluationMeasures measures;
    private final EvaluationBands bands;
    private final EvaluationPoints points;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    Evaluations(
            EvaluationMeasures measures,
            EvaluationBands bands,
            EvaluationPoints points,
            Agencies agencies,
            AuditLog audit,
            Clock clock) {
        this.points = points;
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

    public EvaluationBands bands() {
        return bands;
    }

    /** The province's local rule for points (Decree 118 sets none). */
    public EvaluationPoints points() {
        return points;
    }

    /** Every unit (agency) within {@code unit} (a province, commune or agency code; null: all in scope) with scored dossiers. */
    public List<EvaluationUnit> units(String unit, Period quarter) {
        var sums = measures.sums(CurrentUser.scope(), blank(unit), quarter.from(), quarter.to());
        Map<Long, EvaluationMeasures.Assessments> entered = measures.assessments(
                sums.stream().map(EvaluationMeasures.Sums::agencyId).toList(), quarter.key());
        List<EvaluationUnit> out = new ArrayList<>();
        for (var s : sums) {
            out.add(of(s, quarter, entered.getOrDefault(s.agencyId(), EvaluationMeasures.Assessments.NONE)));
        }
        return out;
    }

    /**
     * Every scored dossier within {@code unit} pooled together (not a mean of units): n, the average out of 18 and
     * per-indicator averages, classified; no self or appraised score (those belong to single units).
     */
    public EvaluationUnit total(String unit, Period quarter) {
        var sums = measures.sums(CurrentUser.scope(), blank(unit), quarter.from(), quarter.to());
        long[] points = new long[9];
        long[] counts = new long[9];
        sums.forEach(x -> {
            for (int i = 0; i < 9; i++) {
                points[i] += x.points()[i];
                counts[i] += x.counts()[i];
            }
        });
        var all = new EvaluationMeasures.Sums(
                0,
                blank(unit),
                null,
                sums.stream().mapToLong(EvaluationMeasures.Sums::n).sum(),
                sums.stream().map(EvaluationMeasures.Sums::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                points,
                counts);
        return of(all, quarter, EvaluationMeasures.Assessments.NONE);
    }

    /** One unit's quarter (an agency code), or not found when it is out of scope; n = 0 when it has no scored dossier. */
    public EvaluationUnit unit(String agencyCode, Period quarter) {
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
    public record Page(String quarter, long total, int offset, List<EvaluationDossierScore> items) {}

    /** The unit leader's self-score: the computed average when none is given; another score needs a note. */
    @Transactional
    public EvaluationUnit selfScore(String agencyCode, Period quarter, Double score, String note) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("decree61.selfForbidden");
        }
        EvaluationUnit now = entry(agencyCode, quarter);
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
    public EvaluationUnit appraisedScore(String agencyCode, Period quarter, Double score, String note) {
        if (!CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("decree61.appraiseForbidden");
        }
        EvaluationUnit now = entry(agencyCode, quarter);
        if (score == null) {
            throw new InvalidInputException("decree61.scoreRequired");
        }
        return save("appraised", now, quarter, score, note(note));
    }

    private EvaluationUnit entry(String agencyCode, Period quarter) {
        if (quarter.from().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("decree61.futureQuarter", quarter.key());
        }
        if (Rulebook.of(quarter) == Rulebook.DECREE_61) {
            // Decree 61/2018 no longer applies (Decree 118/2025 Art. 40): its quarters stay as they were entered.
            throw new InvalidInputException("tthcEvaluation.decree61ReadOnly", quarter.key());
        }
        return unit(agencyCode, quarter);
    }

    private EvaluationUnit save(String which, EvaluationUnit before, Period quarter, double score, String note) {
        if (Double.isNaN(score) || score < 0 || score > 18) {
            throw new InvalidInputException("decree61.badScore", score);
        }
        BigDecimal value = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
        Agency agency = visible(before.key());
        EvaluationUnit.Assessment old = which.equals("self") ? before.selfScore() : before.appraisedScore();
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

    private EvaluationUnit of(EvaluationMeasures.Sums s, Period quarter, EvaluationMeasures.Assessments a) {
        Double average =
                s.n() == 0 ? null : round(s.total().divide(BigDecimal.valueOf(s.n()), 4, RoundingMode.HALF_UP));
        Rulebook rules = Rulebook.of(quarter);
        List<String> codes = rules.codes();
        List<EvaluationUnit.IndicatorAverage> indicators = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            long n = s.counts()[i];
            indicators.add(new EvaluationUnit.IndicatorAverage(
                    codes.get(i),
                    letter(rules, i),
                    n,
                    n == 0
                            ? null
                            : round(BigDecimal.valueOf(s.points()[i])
                                    .divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP))));
        }
        return new EvaluationUnit(
                s.key(),
                s.label(),
                quarter.key(),
                rules,
                s.n(),
                average,
                indicators,
                bands.classify(average),
                a.self(),
                a.self() == null ? null : bands.classify(a.self().score()),
                a.appraised(),
                a.appraised() == null ? null : bands.classify(a.appraised().score()));
    }

    private EvaluationUnit empty(Agency agency, Period quarter) {
        Rulebook rules = Rulebook.of(quarter);
        List<String> codes = rules.codes();
        List<EvaluationUnit.IndicatorAverage> none = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            none.add(new EvaluationUnit.IndicatorAverage(codes.get(i), letter(rules, i), 0, null));
        }
        var a = measures.assessments(List.of(agency.id()), quarter.key())
                .getOrDefault(agency.id(), EvaluationMeasures.Assessments.NONE);
        return new EvaluationUnit(
                agency.code(),
                agency.name(),
                quarter.key(),
                rules,
                0,
                null,
                none,
                null,
                a.self(),
                a.self() == null ? null : bands.classify(a.self().score()),
                a.appraised(),
                a.appraised() == null ? null : bands.classify(a.appraised().score()));
    }

    /** CT1..CT9 under Decree 61; a, b, c, d, đ, e, g, h, i under Art. 33. */
    private static String letter(Rulebook rules, int i) {
        return rules == Rulebook.DECREE_61 ? Decree61Indicator.values()[i].code() : Art33Content.values()[i].letter();
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
