package vn.hailong.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.InvalidInputException;

/**
 * The measures leaders read, from the rollups and within the caller's scope: satisfaction with n and
 * a Wilson 95% interval, timeliness, the response rate and rankings that never rank a group with fewer
 * than the configured minimum n ({@code hailong.insight.min-n}).
 */
@Service
public class Insights {

    private final MeasureRepository measures;
    private final Clock clock;
    private final int minN;
    private final MessageSource messages;
    private final vn.hailong.feedback.FeedbackCases feedbackCases;

    Insights(
            MeasureRepository measures,
            Clock clock,
            InsightProperties properties,
            MessageSource messages,
            vn.hailong.feedback.FeedbackCases feedbackCases) {
        this.messages = messages;
        this.feedbackCases = feedbackCases;
        this.measures = measures;
        this.clock = clock;
        this.minN = properties.minN();
    }

    public int minN() {
        return minN;
    }

    /** The default period: the last twelve months up to today. */
    public Period defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return Period.days(today.minusYears(1).plusDays(1), today);
    }

    public List<SatisfactionItem> satisfaction(String unit, LocalDate from, LocalDate to, GroupBy by, String item) {
        return satisfaction(unit, null, from, to, by, item);
    }

    /** The same, limited to one officer's ratings when {@code officer} is given. */
    public List<SatisfactionItem> satisfaction(
            String unit, Long officer, LocalDate from, LocalDate to, GroupBy by, String item) {
        return satisfaction(unit, officer, null, from, to, by, item);
    }

    /** The same, limited to one procedure's ratings when {@code procedure} is given. */
    public List<SatisfactionItem> satisfaction(
            String unit, Long officer, String procedure, LocalDate from, LocalDate to, GroupBy by, String item) {
        if (by == GroupBy.STEP) {
            throw new InvalidInputException("insight.badGroupBy", by.name().toLowerCase(Locale.ROOT));
        }
        Period p = period(from, to);
        return sorted(
                measures
                        .satisfaction(
                                CurrentUser.scope(),
                                blank(unit),
                                officer,
                                blank(procedure),
                                p.from(),
                                p.to(),
                                by.name(),
                                blank(item))
                        .stream()
                        .map(r -> SatisfactionItem.of(key(by, r), label(by, r), r.sums()))
                        .toList(),
                by);
    }

    public List<TimelinessItem> timeliness(String unit, LocalDate from, LocalDate to, GroupBy by) {
        return timeliness(unit, null, from, to, by);
    }

    /** The same, limited to the dossiers one officer handled when {@code officer} is given. */
    public List<TimelinessItem> timeliness(String unit, Long officer, LocalDate from, LocalDate to, GroupBy by) {
        return timeliness(unit, officer, null, from, to, by);
    }

    /** The same, limited to one procedure's dossiers when {@code procedure} is given; with the processing time in working days. */
    public List<TimelinessItem> timeliness(
            String unit, Long officer, String procedure, LocalDate from, LocalDate to, GroupBy by) {
        if (by == GroupBy.CHANNEL || by == GroupBy.DESK || (by == GroupBy.STEP && blank(procedure) != null)) {
            throw new InvalidInputException("insight.badGroupBy", by.name().toLowerCase(Locale.ROOT));
        }
        Period p = period(from, to);
        if (by == GroupBy.STEP) {
            return steps(unit, officer, p).stream()
                    .map(s -> {
                        TimelinessItem t = s.timeliness();
                        String label = s.agencyName() + " — " + (s.officerName() == null ? "—" : s.officerName());
                        return TimelinessItem.of(t.key(), label, t.early(), t.onTime(), t.late(), 0);
                    })
                    .toList();
        }
        return sorted(
                measures
                        .timeliness(
                                CurrentUser.scope(),
                                blank(unit),
                                officer,
                                blank(procedure),
                                p.from(),
                                p.to(),
                                by.name())
                        .stream()
                        .map(r -> TimelinessItem.of(
                                key(by, r), label(by, r), r.early(), r.onTime(), r.late(), r.returned(), r.workDays()))
                        .toList(),
                by);
    }

    /**
     * Timeliness of the finished processing steps per step agency and officer (from the step rollup), of the steps
     * whose agency is in {@code unit} and the caller's scope; ordered by agency, then officer.
     */
    public List<StepTimeliness> steps(String unit, LocalDate from, LocalDate to) {
        return steps(unit, null, period(from, to));
    }

    private List<StepTimeliness> steps(String unit, Long officer, Period p) {
        return measures.steps(CurrentUser.scope(), blank(unit), officer, p.from(), p.to()).stream()
                .map(r -> new StepTimeliness(
                        r.agencyCode(),
                        r.agencyName(),
                        r.officerId() == 0 ? null : r.officerId(),
                        r.officerName(),
                        TimelinessItem.of(
                                r.agencyCode() + "/" + r.officerId(),
                                r.agencyName(),
                                r.early(),
                                r.onTime(),
                                r.late(),
                                0)))
                .sorted(Comparator.comparing(StepTimeliness::agencyName)
                        .thenComparing(s -> s.officerName() == null ? "\uffff" : s.officerName()))
                .toList();
    }

    /** Satisfaction of one desk's ratings within {@code unit}, by officer or month (or any rating group). */
    public List<SatisfactionItem> deskSatisfaction(String unit, long desk, LocalDate from, LocalDate to, GroupBy by) {
        if (by == GroupBy.STEP) {
            throw new InvalidInputException("insight.badGroupBy", by.name().toLowerCase(Locale.ROOT));
        }
        Period p = period(from, to);
        return sorted(
                measures
                        .satisfaction(
                                CurrentUser.scope(), blank(unit), null, desk, null, p.from(), p.to(), by.name(), null)
                        .stream()
                        .map(r -> SatisfactionItem.of(key(by, r), label(by, r), r.sums()))
                        .toList(),
                by);
    }

    /**
     * Returned dossiers that were rated ÷ dossiers returned in the period (at most 100%), with the ballot-box
     * slips and the ratings without a dossier beside it.
     */
    public ResponseRate responseRate(String unit, LocalDate from, LocalDate to) {
        Period p = period(from, to);
        return measures.response(CurrentUser.scope(), blank(unit), p.from(), p.to());
    }

    /**
     * Units of a level (province, unit = agency, officer) under a parent (for units: a province code;
     * for officers: an agency code), by a measure, in a period, with the movement since the previous one.
     */
    public Ranking ranking(String level, String parent, Measure measure, String period) {
        String lvl = level == null || level.isBlank() ? "UNIT" : level.trim().toUpperCase(Locale.ROOT);
        if (!List.of("PROVINCE", "UNIT", "OFFICER").contains(lvl)) {
            throw new InvalidInputException("insight.badLevel", level);
        }
        if (lvl.equals("OFFICER") && blank(parent) == null) {
            throw new InvalidInputException("insight.parentRequired");
        }
        Period p = period == null || period.isBlank() ? Period.monthOf(LocalDate.now(clock)) : Period.parse(period);
        return ranking(lvl, parent, measure, p);
    }

    /** The same for any period (a custom one is compared with the days just before it). */
    public Ranking ranking(String level, String parent, Measure measure, Period p) {
        String lvl = level.trim().toUpperCase(Locale.ROOT);
        Measure m = measure == null ? Measure.SATISFACTION : measure;
        List<Ranking.Score> now = scores(lvl, blank(parent), m, p);
        List<Ranking.Score> before = scores(lvl, blank(parent), m, p.previous());
        return new Ranking(lvl.toLowerCase(Locale.ROOT), blank(parent), m, p, minN, Ranking.rank(now, before, minN));
    }

    /**
     * Decision 766 progress (2.1 with open dossiers, 2.2) and satisfaction (5.2, 5.3 from the feedback cases, 5.4)
     * components per unit (agency) within {@code unit}, in the period.
     */
    public List<Decision766> decision766(String unit, Period p) {
        AgencyScope scope = CurrentUser.scope();
        var negative = measures.complainedOrNegative(scope, blank(unit), p.from(), p.to());
        var progress = measures.progress(scope, blank(unit), p.from(), p.to(), java.time.LocalDateTime.now(clock));
        var feedback = feedbackCases.ratesByAgency(p.from(), p.to());
        var finished = measures.timeliness(scope, blank(unit), null, p.from(), p.to(), "UNIT").stream()
                .collect(java.util.stream.Collectors.toMap(MeasureRepository.Row::key, r -> r));
        java.util.Set<String> keys = new java.util.TreeSet<>(finished.keySet());
        keys.addAll(progress.keySet());
        java.util.Map<String, String> labels = labels(keys);
        return keys.stream()
                .map(k -> {
                    var r = finished.get(k);
                    var pr = progress.getOrDefault(k, new MeasureRepository.Progress(0, 0));
                    return Decision766.of(
                            k,
                            r != null ? r.label() : labels.getOrDefault(k, k),
                            r == null ? 0 : r.early(),
                            r == null ? 0 : r.onTime(),
                            r == null ? 0 : r.late(),
                            negative.getOrDefault(k, 0L),
                            pr.handled(),
                            pr.onTime(),
                            r == null ? 0 : r.workDays(),
                            feedback.get(k));
                })
                .sorted(Comparator.comparing(Decision766::label))
                .toList();
    }

    /** Dossier flags (Decree 118 one-stop breaches) raised in the period within {@code unit}, per flag. */
    public java.util.Map<String, Long> flags(String unit, Period p) {
        return measures.flags(CurrentUser.scope(), blank(unit), p.from(), p.to());
    }

    private java.util.Map<String, String> labels(java.util.Collection<String> codes) {
        return measures.agencyNames(codes);
    }

    /**
     * The public scorecard of a province's units: satisfaction with n and timeliness, no officers and no
     * personal data, readable without signing in (the province is the scope).
     */
    public List<Scorecard> scorecard(String province, Period p) {
        AgencyScope scope = AgencyScope.province(province);
        var timeliness = measures.timeliness(scope, null, null, p.from(), p.to(), "UNIT").stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.key(), r -> r));
        var satisfaction = measures.satisfaction(scope, null, null, p.from(), p.to(), "UNIT", null).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.key(), r -> r));
        java.util.Set<String> keys = new java.util.TreeSet<>(timeliness.keySet());
        keys.addAll(satisfaction.keySet());
        return keys.stream()
                .map(k -> {
                    var s = satisfaction.get(k);
                    var t = timeliness.get(k);
                    String label = s != null ? s.label() : t.label();
                    return new Scorecard(
                            k,
                            label,
                            s == null ? SatisfactionItem.of(k, label, 0, 0) : SatisfactionItem.of(k, label, s.sums()),
                            t == null
                                    ? TimelinessItem.of(k, label, 0, 0, 0, 0)
                                    : TimelinessItem.of(k, label, t.early(), t.onTime(), t.late(), t.returned()));
                })
                .sorted(Comparator.comparing(Scorecard::name, vn.hailong.shared.VietnameseText.ORDER))
                .toList();
    }

    /** Provinces that have counted dossiers: code and name. */
    public java.util.Map<String, String> provinces() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        measures.provinces().forEach(p -> out.put(p.code(), p.name()));
        return out;
    }

    private List<Ranking.Score> scores(String level, String parent, Measure m, Period p) {
        AgencyScope scope = CurrentUser.scope();
        var rows = m == Measure.SATISFACTION
                ? measures.satisfaction(scope, parent, null, p.from(), p.to(), level, null)
                : measures.timeliness(scope, parent, null, p.from(), p.to(), level);
        return rows.stream()
                .filter(r -> !level.equals("OFFICER") || !"0".equals(r.key()))
                .map(r -> m == Measure.SATISFACTION
                        ? Ranking.Score.of(r.key(), r.label(), r.sums())
                        : new Ranking.Score(r.key(), r.label(), r.n(), r.good()))
                .toList();
    }

    private Period period(LocalDate from, LocalDate to) {
        Period d = defaultPeriod();
        return Period.days(
                from == null ? (to == null ? d.from() : to.minusYears(1).plusDays(1)) : from, to == null ? d.to() : to);
    }

    private static String key(GroupBy by, MeasureRepository.Row r) {
        if (by == GroupBy.MONTH) {
            int ym = Integer.parseInt(r.key());
            return String.format("%04d-%02d", ym / 100, ym % 100);
        }
        return r.key();
    }

    private String label(GroupBy by, MeasureRepository.Row r) {
        return switch (by) {
            case MONTH -> key(by, r);
            // The channel's name in the reader's language ("Hòm phiếu"), as the dashboards and the PDF print it.
            case CHANNEL ->
                messages.getMessage("report.channel." + r.key(), null, r.key(), LocaleContextHolder.getLocale());
            case OFFICER -> "0".equals(r.key()) ? "—" : r.label();
            case PROCEDURE -> r.key().isEmpty() ? "—" : r.label();
            case DESK -> "0".equals(r.key()) ? "—" : r.label();
            default -> r.label();
        };
    }

    private static <T> List<T> sorted(List<T> items, GroupBy by) {
        Comparator<T> order = by == GroupBy.MONTH
                ? Comparator.comparing(t -> keyOf(t))
                : Comparator.comparing(t -> String.valueOf(labelOf(t)));
        return items.stream().sorted(order).toList();
    }

    private static String keyOf(Object t) {
        return t instanceof SatisfactionItem s ? s.key() : ((TimelinessItem) t).key();
    }

    private static String labelOf(Object t) {
        return t instanceof SatisfactionItem s ? s.label() : ((TimelinessItem) t).label();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
