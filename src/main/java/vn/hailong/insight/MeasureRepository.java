package vn.hailong.insight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.insight.query.MeasureQuery;
import vn.hailong.organization.AdministrativeUnits;

/**
 * Reads the rollups, never the raw rows, always joined to the agency and limited by the caller's
 * scope (fail-closed) and optionally to one unit: a province code, a commune code or an agency code.
 */
@Repository
class MeasureRepository {

    /** One group's sums: {@code n} and {@code good} (satisfied, or early + on time), plus the detail counts. */
    record Row(
            String key,
            String label,
            long n,
            long good,
            long early,
            long onTime,
            long late,
            long returned,
            long workDays,
            RatingSums sums) {}

    /** The per-rating sums of a rating rollup (see {@link RatingSums}). */
    private static final String SUMS_COLUMNS = "rated, sm, sy, syy, smm, sym";

    /** A group's satisfaction from per-rating sums: n = Σm answers, good = Σy. */
    private static final String SUMS = "sum(r.sm) n, sum(r.sy) good, 0 e, 0 o, 0 t, 0 ret, 0 wd, sum(r.rated) rt,"
            + " sum(r.syy) syy, sum(r.smm) smm, sum(r.sym) sym";

    /** One item's answers: each rating gives one, so m = 1 and y = 0 or 1 (Σy² = Σym = Σy, Σm² = Σm). */
    private static final String ITEM_SUMS = "sum(r.s1 + r.s2 + r.s3 + r.s4 + r.s5) n, sum(r.s4 + r.s5) good, 0 e, 0 o,"
            + " 0 t, 0 ret, 0 wd, sum(r.s1 + r.s2 + r.s3 + r.s4 + r.s5) rt, sum(r.s4 + r.s5) syy,"
            + " sum(r.s1 + r.s2 + r.s3 + r.s4 + r.s5) smm, sum(r.s4 + r.s5) sym";

    private static final String NO_SUMS = " 0 rt, 0 syy, 0 smm, 0 sym";

    private final JdbcClient jdbc;
    private final Function<String, Collection<String>> history;

    /** Reads the rollups of a unit and of the units it replaced ({@code history}: a code and its predecessors). */
    @Autowired
    MeasureRepository(JdbcClient jdbc, AdministrativeUnits units) {
        this(jdbc, units::codesWithHistory);
    }

    /** Without unit history (a unit is its code alone): for tests of the rollups. */
    MeasureRepository(JdbcClient jdbc) {
        this(jdbc, List::of);
    }

    private MeasureRepository(JdbcClient jdbc, Function<String, Collection<String>> history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Row> satisfaction(
            AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to, String level, String item) {
        return satisfaction(scope, unit, officer, null, from, to, level, item);
    }

    /** The same, limited to one procedure's ratings when {@code procedure} is given (read from the day rollups). */
    List<Row> satisfaction(
            AgencyScope scope,
            String unit,
            Long officer,
            String procedure,
            LocalDate from,
            LocalDate to,
            String level,
            String item) {
        return satisfaction(scope, unit, officer, null, procedure, from, to, level, item);
    }

    /** The same, limited to one desk's ratings when {@code desk} is given (read from the day rollups). */
    List<Row> satisfaction(
            AgencyScope scope,
            String unit,
            Long officer,
            Long desk,
            String procedure,
            LocalDate from,
            LocalDate to,
            String level,
            String item) {
        Months m = Months.of(from, to);
        if (officer == null && desk == null && procedure == null && item == null && MONTHLY.contains(level)) {
            MeasureQuery q = perAgencyQuery(scope, unit, from, to);
            // whole months from the month rollup, the days around them (or a period without a whole month) per agency
            // and day
            String source = perAgency(
                    level,
                    m.whole()
                            ? m.union(
                                    "agency_id, %s on_day, " + SUMS_COLUMNS,
                                    "insight_rating_month",
                                    "insight_rating_agency_day",
                                    q.agencyFilter("agency_id"))
                            : "select agency_id, on_day, " + SUMS_COLUMNS + " from insight_rating_agency_day"
                                    + " where on_day between :from and :to" + q.agencyFilter("agency_id"),
                    "rated",
                    "sm",
                    "sy",
                    "syy",
                    "smm",
                    "sym");
            String sql = "select " + key(level) + " k, " + label(level) + " l, " + SUMS + " from " + source
                    + " r join agency a on a.id = r.agency_id" + q.where() + " group by " + key(level)
                    + groupLabel(level);
            return m.bind(q.bind(jdbc.sql(sql))).query(MeasureRepository::row).list();
        }
        // over one item each rating gives one answer; over all items the per-rating sums (the rating is the sampling
        // unit)
        MeasureQuery q = rollupQuery(scope, unit, officer, from, to)
                .is("r.item_code", "item", item)
                .is("r.procedure_code", "procedure", procedure)
                .is("r.desk_id", "desk", desk);
        String sql = "select " + key(level) + " k, " + label(level) + " l, "
                + (item == null ? SUMS + " from insight_rating_sums_day" : ITEM_SUMS + " from insight_rating_day")
                + " r join agency a on a.id = r.agency_id" + joins(level) + q.where()
                + " group by " + key(level) + groupLabel(level);
        return q.bind(jdbc.sql(sql)).query(MeasureRepository::row).list();
    }

    List<Row> timeliness(AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to, String level) {
        return timeliness(scope, unit, officer, null, from, to, level);
    }

    /** The same, limited to one procedure's dossiers when {@code procedure} is given (read from the day rollups). */
    List<Row> timeliness(
            AgencyScope scope,
            String unit,
            Long officer,
            String procedure,
            LocalDate from,
            LocalDate to,
            String level) {
        Months m = Months.of(from, to);
        if (officer == null && procedure == null && MONTHLY.contains(level) && m.whole()) {
            MeasureQuery q = perAgencyQuery(scope, unit, from, to);
            String source = perAgency(
                    level,
                    m.union(
                            "agency_id, %s on_day, finished, early, on_time, late, returned, work_days",
                            "insight_dossier_month", "insight_dossier_day", q.agencyFilter("agency_id")),
                    "finished",
                    "early",
                    "on_time",
                    "late",
                    "returned",
                    "work_days");
            String sql = "select " + key(level) + " k, " + label(level)
                    + " l, sum(r.finished) n, sum(r.early + r.on_time) good,"
                    + " sum(r.early) e, sum(r.on_time) o, sum(r.late) t, sum(r.returned) ret, sum(r.work_days) wd,"
                    + NO_SUMS + " from "
                    + source
                    + " r join agency a on a.id = r.agency_id" + q.where() + " group by " + key(level)
                    + groupLabel(level);
            return m.bind(q.bind(jdbc.sql(sql))).query(MeasureRepository::row).list();
        }
        MeasureQuery q = rollupQuery(scope, unit, officer, from, to).is("r.procedure_code", "procedure", procedure);
        String sql =
                "select " + key(level) + " k, " + label(level) + " l, sum(r.finished) n, sum(r.early + r.on_time) good,"
                        + " sum(r.early) e, sum(r.on_time) o, sum(r.late) t, sum(r.returned) ret, sum(r.work_days) wd,"
                        + NO_SUMS + " from insight_dossier_day r join agency a on a.id = r.agency_id" + joins(level)
                        + q.where()
                        + " group by " + key(level) + groupLabel(level);
        return q.bind(jdbc.sql(sql)).query(MeasureRepository::row).list();
    }

    /** One step agency and officer's finished processing steps (officer 0 = none), from the step rollup. */
    record StepRow(
            String agencyCode,
            String agencyName,
            long officerId,
            String officerName,
            long early,
            long onTime,
            long late) {}

    /** Finished processing steps per step agency and officer, in the scope and unit (of the step's agency), in the period. */
    List<StepRow> steps(AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to) {
        MeasureQuery q = rollupQuery(scope, unit, officer, from, to);
        String sql = "select a.code, a.name, r.officer_id, max(o.full_name), sum(r.early), sum(r.on_time), sum(r.late)"
                + " from insight_step_day r join agency a on a.id = r.agency_id left join officer o on o.id = r.officer_id"
                + q.where() + " group by a.code, a.name, r.officer_id";
        return q.bind(jdbc.sql(sql))
                .query((rs, i) -> new StepRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    /** Returned dossiers, those of them rated, ballot-box slips and ratings without a dossier in the period. */
    ResponseRate response(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        Months m = Months.of(from, to);
        MeasureQuery q = perAgencyQuery(scope, unit, from, to);
        String agencies = q.agencyFilter("agency_id");
        String dossiers;
        String ratings;
        if (m.whole()) {
            dossiers = "("
                    + m.union(
                            "agency_id, %s on_day, returned, rated",
                            "insight_dossier_month", "insight_dossier_day", agencies)
                    + ")";
            ratings = "("
                    + m.union(
                            "agency_id, %s on_day, ballots, without_dossier",
                            "insight_rating_month",
                            "(select agency_id, on_day, case when channel = 'BALLOT' then ratings else 0 end ballots, without_dossier"
                                    + " from insight_rating_count) c",
                            agencies)
                    + ")";
        } else {
            dossiers =
                    "(select agency_id, on_day, returned, rated from insight_dossier_day where on_day between :from and :to"
                            + agencies + ")";
            ratings =
                    "(select agency_id, on_day, case when channel = 'BALLOT' then ratings else 0 end ballots, without_dossier"
                            + " from insight_rating_count where on_day between :from and :to" + agencies
                            + ")";
        }
        Pair d = sums("r.returned", "r.rated", dossiers, m, q);
        Pair r = sums("r.ballots", "r.without_dossier", ratings, m, q);
        return ResponseRate.of(d.first(), d.second(), r.first(), r.second());
    }

    /** Two sums read together. */
    private record Pair(long first, long second) {}

    private Pair sums(String first, String second, String source, Months m, MeasureQuery q) {
        var spec = q.bind(jdbc.sql("select coalesce(sum(" + first + "), 0), coalesce(sum(" + second + "), 0) from "
                + source + " r join agency a on a.id = r.agency_id" + q.where()));
        return (m.whole() ? m.bind(spec) : spec)
                .query((rs, i) -> new Pair(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Ratings an officer received (not answers) in the period. */
    long ratings(AgencyScope scope, String unit, long officer, LocalDate from, LocalDate to) {
        MeasureQuery q = rollupQuery(scope, unit, officer, from, to);
        String sql =
                "select coalesce(sum(r.ratings), 0) from insight_rating_count r join agency a on a.id = r.agency_id"
                        + q.where();
        return q.bind(jdbc.sql(sql)).query(Long.class).single();
    }

    /**
     * Per agency: finished dossiers of the period that had a complaint (a feedback case of category COMPLAINT
     * naming the dossier; low ratings open one) or a negative rating. Reads the unit's finished dossiers,
     * not a rollup: Decision 766 is computed per unit and period, not on every dashboard view.
     */
    Map<String, Long> complainedOrNegative(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        MeasureQuery q = dossierQuery(scope, unit)
                .and("d.timeliness <> 'PENDING' and d.resolved_at is not null")
                .between("cast(d.resolved_at as date)", from, to)
                .and("(exists (select 1 from rating r where r.dossier_id = d.id and r.low)"
                        + " or exists (select 1 from feedback_case f where f.dossier_code = d.code"
                        + " and f.agency_id = d.agency_id and f.category = 'COMPLAINT'))");
        String sql = "select a.code k, count(*) n from dossier d join agency a on a.id = d.agency_id" + q.where()
                + " group by a.code";
        Map<String, Long> out = new java.util.HashMap<>();
        q.bind(jdbc.sql(sql))
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** Per agency: dossiers received or handled in the period and those of them processed or being processed on time. */
    record Progress(long handled, long onTime) {}

    /**
     * Decision 766 item 2.1, per agency code: the dossiers received or handled in the period (received by its end and
     * not finished before its start; refused, withdrawn and stopped ones left out) and, of them, those processed on
     * time (finished by the period's end, early or on time) or being processed on time (still open at the period's
     * end, or at {@code now} when that is earlier, with the statutory due date not passed). An apology's new date does
     * not make an open dossier on time, as it does not make a finished one.
     */
    Map<String, Progress> progress(AgencyScope scope, String unit, LocalDate from, LocalDate to, LocalDateTime now) {
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        LocalDateTime cut = now.isBefore(end) ? now : end;
        MeasureQuery q = dossierQuery(scope, unit)
                .and("d.received_at < :end and (d.resolved_at is null or d.resolved_at >= :start)")
                .and("(d.resolved_at is not null or d.status not in (3, 7, 8))")
                .param("start", java.sql.Timestamp.valueOf(from.atStartOfDay()))
                .param("end", java.sql.Timestamp.valueOf(end))
                .param("cut", java.sql.Timestamp.valueOf(cut));
        String sql = "select a.code k, count(*) n, count(case when (d.resolved_at is not null and d.resolved_at < :end"
                + " and d.timeliness in ('EARLY', 'ON_TIME')) or ((d.resolved_at is null or d.resolved_at >= :end)"
                + " and d.original_due_at >= :cut) then 1 end) good"
                + " from dossier d join agency a on a.id = d.agency_id" + q.where() + " group by a.code";
        Map<String, Progress> out = new java.util.HashMap<>();
        q.bind(jdbc.sql(sql))
                .query((rs, i) -> out.put(rs.getString(1), new Progress(rs.getLong(2), rs.getLong(3))))
                .list();
        return out;
    }

    /**
     * The Decree 118 one-stop breaches flagged on dossiers (late or second supplement request, late apology, online
     * dossier not received within 8 working hours) raised in the period, per flag, within the unit and the scope.
     */
    Map<String, Long> flags(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        MeasureQuery q = dossierQuery(scope, unit).between("cast(g.raised_at as date)", from, to);
        String sql = "select g.flag k, count(*) n from dossier_flag g join dossier d on d.id = g.dossier_id"
                + " join agency a on a.id = d.agency_id" + q.where() + " group by g.flag";
        Map<String, Long> out = new java.util.TreeMap<>();
        q.bind(jdbc.sql(sql))
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** Agency names by code (for units with open dossiers but none finished in a period). */
    Map<String, String> agencyNames(java.util.Collection<String> codes) {
        Map<String, String> out = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("select code, name from agency where code in (:codes)")
                .param("codes", List.copyOf(codes))
                .query((rs, i) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    /** A province by its code and name. */
    record Province(String code, String name) {}

    /** Provinces with any counted dossier, with their names (for the public scorecard). */
    List<Province> provinces() {
        return jdbc.sql("""
                select a.province_code code, (select max(u.full_name) from admin_unit u where u.code = a.province_code) name
                from agency a where exists (select 1 from insight_dossier_day r where r.agency_id = a.id)
                group by a.province_code order by a.province_code""").query(Province.class).list();
    }

    private static String key(String level) {
        return switch (level) {
            case "PROVINCE" -> "a.province_code";
            case "UNIT" -> "a.code";
            case "MONTH" ->
                "(cast(extract(year from r.on_day) as int) * 100 + cast(extract(month from r.on_day) as int))";
            case "OFFICER" -> "r.officer_id";
            case "PROCEDURE" -> "r.procedure_code";
            case "CHANNEL" -> "r.channel";
            case "DESK" -> "r.desk_id";
            default -> throw new IllegalArgumentException(level);
        };
    }

    private static String label(String level) {
        return switch (level) {
            case "PROVINCE" -> "(select max(u.full_name) from admin_unit u where u.code = a.province_code)";
            case "UNIT" -> "a.name";
            case "OFFICER" -> "max(o.full_name)";
            case "PROCEDURE" -> "max(p.name)";
            case "DESK" -> "max(dk.name)";
            default -> "null";
        };
    }

    private static String groupLabel(String level) {
        return "UNIT".equals(level) ? ", a.name" : "";
    }

    private static String joins(String level) {
        return switch (level) {
            case "OFFICER" -> " left join officer o on o.id = r.officer_id";
            case "PROCEDURE" -> " left join catalog_procedure_view p on p.code = r.procedure_code";
            case "DESK" -> " left join desk dk on dk.id = r.desk_id";
            default -> "";
        };
    }

    /**
     * The rows of {@code union} summed per agency (and per month for the MONTH level) before they meet the
     * agency table: a province's hundred-odd sums are joined instead of its thousands of month and day rows.
     */
    private static String perAgency(String level, String union, String... columns) {
        String month = "MONTH".equals(level) ? ", on_day" : "";
        StringBuilder sums = new StringBuilder();
        for (String c : columns) {
            sums.append(", sum(").append(c).append(") ").append(c);
        }
        return "(select agency_id" + month + sums + " from (" + union + ") u group by agency_id" + month + ")";
    }

    /** Levels whose figures the month rollups hold (no officer, procedure, channel or item in them). */
    private static final java.util.Set<String> MONTHLY = java.util.Set.of("PROVINCE", "UNIT", "MONTH");

    private static boolean everything(AgencyScope scope, String unit) {
        return scope.all() && unit == null;
    }

    /**
     * The agencies in scope and in the unit, resolved first so that the planner reads each agency's rows through the
     * rollups' (agency, day) keys instead of every agency's rows of the period; none is a list that matches nothing
     * (fail-closed); null when the scope is everything and no unit is asked (then no condition is needed).
     */
    private List<Long> agencyIds(AgencyScope scope, String unit) {
        if (everything(scope, unit)) {
            return null;
        }
        MeasureQuery q = MeasureQuery.within(scope, "a").unit(unitCodes(unit));
        List<Long> ids = q.bind(jdbc.sql("select a.id from agency a" + q.where()))
                .query(Long.class)
                .list();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** The unit's codes (its own and those it took over), null for none. */
    private Collection<String> unitCodes(String unit) {
        if (unit == null) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>(history.apply(unit));
        codes.add(unit);
        return codes;
    }

    /**
     * Rows of a rollup (alias {@code r}) summed per agency in a sub-select that applies the {@link #agencyIds} with
     * {@link MeasureQuery#agencyFilter}; the scope is applied again on the agencies joined to them: fail-closed twice,
     * without repeating the unit's three-way condition, which gives the planner nothing but a poor estimate.
     */
    private MeasureQuery perAgencyQuery(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        return MeasureQuery.within(scope, "a").period(from, to).agencies(agencyIds(scope, unit));
    }

    /** Rows of a day rollup (alias {@code r}) in the scope, the period, the unit and of the officer (when given). */
    private MeasureQuery rollupQuery(AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to) {
        return MeasureQuery.within(scope, "a")
                .between("r.on_day", from, to)
                .unit(unitCodes(unit))
                .agencies(agencyIds(scope, unit))
                .agencyIn("r.agency_id")
                .is("r.officer_id", "officer", officer);
    }

    /** Dossiers (alias {@code d}) in the scope and the unit. */
    private MeasureQuery dossierQuery(AgencyScope scope, String unit) {
        return MeasureQuery.within(scope, "a")
                .unit(unitCodes(unit))
                .agencies(agencyIds(scope, unit))
                .agencyIn("d.agency_id");
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getString("k"),
                rs.getString("l"),
                rs.getLong("n"),
                rs.getLong("good"),
                rs.getLong("e"),
                rs.getLong("o"),
                rs.getLong("t"),
                rs.getLong("ret"),
                rs.getLong("wd"),
                new RatingSums(
                        rs.getLong("rt"),
                        rs.getLong("n"),
                        rs.getLong("good"),
                        rs.getLong("syy"),
                        rs.getLong("smm"),
                        rs.getLong("sym")));
    }
}
