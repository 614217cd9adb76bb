package vn.hailong.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

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
            long workDays) {}

    private static final String ANSWERS = "sum(r.s1 + r.s2 + r.s3 + r.s4 + r.s5)";
    private static final String SATISFIED = "sum(r.s4 + r.s5)";

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
            // whole months from the month rollup, the days around them (or a period without a whole month) per agency
            // and day
            String source = perAgency(
                    level,
                    m.whole()
                            ? m.union(
                                    "agency_id, %s on_day, s1 + s2 + s3 + s4 + s5 n, s4 + s5 good",
                                    "insight_rating_month", "insight_rating_agency_day", agencies(scope, unit))
                            : "select agency_id, on_day, s1 + s2 + s3 + s4 + s5 n, s4 + s5 good from insight_rating_agency_day"
                                    + " where on_day between :from and :to" + agencies(scope, unit),
                    "n",
                    "good");
            String sql = "select " + key(level) + " k, " + label(level)
                    + " l, sum(r.n) n, sum(r.good) good, 0 e, 0 o, 0 t, 0 ret, 0 wd from " + source
                    + " r join agency a on a.id = r.agency_id" + inScope(scope) + " group by " + key(level)
                    + groupLabel(level);
            return m.bind(bind(jdbc.sql(sql), scope, unit, null, from, to))
                    .query(MeasureRepository::row)
                    .list();
        }
        String sql = "select " + key(level) + " k, " + label(level) + " l, " + ANSWERS + " n, " + SATISFIED
                + " good, 0 e, 0 o, 0 t, 0 ret, 0 wd from insight_rating_day r join agency a on a.id = r.agency_id"
                + joins(level) + where(scope, unit, officer) + (item == null ? "" : " and r.item_code = :item")
                + (procedure == null ? "" : " and r.procedure_code = :procedure")
                + (desk == null ? "" : " and r.desk_id = :desk")
                + " group by " + key(level) + groupLabel(level);
        var spec = bind(jdbc.sql(sql), scope, unit, officer, from, to);
        if (procedure != null) {
            spec = spec.param("procedure", procedure);
        }
        if (desk != null) {
            spec = spec.param("desk", desk);
        }
        if (item != null) {
            spec = spec.param("item", item);
        }
        return spec.query(MeasureRepository::row).list();
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
            String source = perAgency(
                    level,
                    m.union(
                            "agency_id, %s on_day, finished, early, on_time, late, returned, work_days",
                            "insight_dossier_month", "insight_dossier_day", agencies(scope, unit)),
                    "finished",
                    "early",
                    "on_time",
                    "late",
                    "returned",
                    "work_days");
            String sql = "select " + key(level) + " k, " + label(level)
                    + " l, sum(r.finished) n, sum(r.early + r.on_time) good,"
                    + " sum(r.early) e, sum(r.on_time) o, sum(r.late) t, sum(r.returned) ret, sum(r.work_days) wd from "
                    + source
                    + " r join agency a on a.id = r.agency_id" + inScope(scope) + " group by " + key(level)
                    + groupLabel(level);
            return m.bind(bind(jdbc.sql(sql), scope, unit, null, from, to))
                    .query(MeasureRepository::row)
                    .list();
        }
        String sql =
                "select " + key(level) + " k, " + label(level) + " l, sum(r.finished) n, sum(r.early + r.on_time) good,"
                        + " sum(r.early) e, sum(r.on_time) o, sum(r.late) t, sum(r.returned) ret, sum(r.work_days) wd"
                        + " from insight_dossier_day r join agency a on a.id = r.agency_id" + joins(level)
                        + where(scope, unit, officer)
                        + (procedure == null ? "" : " and r.procedure_code = :procedure")
                        + " group by " + key(level) + groupLabel(level);
        var spec = bind(jdbc.sql(sql), scope, unit, officer, from, to);
        return (procedure == null ? spec : spec.param("procedure", procedure))
                .query(MeasureRepository::row)
                .list();
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
        String sql = "select a.code, a.name, r.officer_id, max(o.full_name), sum(r.early), sum(r.on_time), sum(r.late)"
                + " from insight_step_day r join agency a on a.id = r.agency_id left join officer o on o.id = r.officer_id"
                + where(scope, unit, officer) + " group by a.code, a.name, r.officer_id";
        return bind(jdbc.sql(sql), scope, unit, officer, from, to)
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
        String dossiers;
        String ratings;
        if (m.whole()) {
            dossiers = "("
                    + m.union(
                            "agency_id, %s on_day, returned, rated",
                            "insight_dossier_month", "insight_dossier_day", agencies(scope, unit))
                    + ")";
            ratings = "("
                    + m.union(
                            "agency_id, %s on_day, ballots, without_dossier",
                            "insight_rating_month",
                            "(select agency_id, on_day, case when channel = 'BALLOT' then ratings else 0 end ballots, without_dossier"
                                    + " from insight_rating_count) c",
                            agencies(scope, unit))
                    + ")";
        } else {
            dossiers =
                    "(select agency_id, on_day, returned, rated from insight_dossier_day where on_day between :from and :to"
                            + agencies(scope, unit) + ")";
            ratings =
                    "(select agency_id, on_day, case when channel = 'BALLOT' then ratings else 0 end ballots, without_dossier"
                            + " from insight_rating_count where on_day between :from and :to" + agencies(scope, unit)
                            + ")";
        }
        long[] d = sums("r.returned", "r.rated", dossiers, m, scope, unit, from, to);
        long[] r = sums("r.ballots", "r.without_dossier", ratings, m, scope, unit, from, to);
        return ResponseRate.of(d[0], d[1], r[0], r[1]);
    }

    private long[] sums(
            String first,
            String second,
            String source,
            Months m,
            AgencyScope scope,
            String unit,
            LocalDate from,
            LocalDate to) {
        var spec = bind(
                jdbc.sql("select coalesce(sum(" + first + "), 0), coalesce(sum(" + second + "), 0) from " + source
                        + " r join agency a on a.id = r.agency_id" + inScope(scope)),
                scope,
                unit,
                null,
                from,
                to);
        return (m.whole() ? m.bind(spec) : spec)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** Ratings an officer received (not answers) in the period. */
    long ratings(AgencyScope scope, String unit, long officer, LocalDate from, LocalDate to) {
        String sql =
                "select coalesce(sum(r.ratings), 0) from insight_rating_count r join agency a on a.id = r.agency_id"
                        + where(scope, unit, officer);
        return bind(jdbc.sql(sql), scope, unit, officer, from, to)
                .query(Long.class)
                .single();
    }

    /**
     * Per agency: finished dossiers of the period that had a complaint (a feedback case of category COMPLAINT
     * naming the dossier; low ratings open one) or a negative rating. Reads the unit's finished dossiers,
     * not a rollup: Decision 766 is computed per unit and period, not on every dashboard view.
     */
    Map<String, Long> complainedOrNegative(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        String sql = "select a.code k, count(*) n from dossier d join agency a on a.id = d.agency_id where "
                + scope.predicate("a")
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)")
                + (everything(scope, unit) ? "" : " and d.agency_id in (:agencyIds)")
                + " and d.timeliness <> 'PENDING' and d.resolved_at is not null and cast(d.resolved_at as date) between :from and :to"
                + " and (exists (select 1 from rating r where r.dossier_id = d.id and r.low)"
                + " or exists (select 1 from feedback_case f where f.dossier_code = d.code and f.agency_id = d.agency_id"
                + " and f.category = 'COMPLAINT')) group by a.code";
        Map<String, Long> out = new java.util.HashMap<>();
        bind(jdbc.sql(sql), scope, unit, null, from, to)
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
        String sql = "select a.code k, count(*) n, count(case when (d.resolved_at is not null and d.resolved_at < :end"
                + " and d.timeliness in ('EARLY', 'ON_TIME')) or ((d.resolved_at is null or d.resolved_at >= :end)"
                + " and d.original_due_at >= :cut) then 1 end) good"
                + " from dossier d join agency a on a.id = d.agency_id where "
                + scope.predicate("a")
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)")
                + (everything(scope, unit) ? "" : " and d.agency_id in (:agencyIds)")
                + " and d.received_at < :end and (d.resolved_at is null or d.resolved_at >= :start)"
                + " and (d.resolved_at is not null or d.status not in (3, 7, 8)) group by a.code";
        Map<String, Progress> out = new java.util.HashMap<>();
        bind(jdbc.sql(sql), scope, unit, null, from, to)
                .param("start", java.sql.Timestamp.valueOf(from.atStartOfDay()))
                .param("end", java.sql.Timestamp.valueOf(end))
                .param("cut", java.sql.Timestamp.valueOf(cut))
                .query((rs, i) -> out.put(rs.getString(1), new Progress(rs.getLong(2), rs.getLong(3))))
                .list();
        return out;
    }

    /**
     * The Decree 118 one-stop breaches flagged on dossiers (late or second supplement request, late apology, online
     * dossier not received within 8 working hours) raised in the period, per flag, within the unit and the scope.
     */
    Map<String, Long> flags(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        String sql = "select g.flag k, count(*) n from dossier_flag g join dossier d on d.id = g.dossier_id"
                + " join agency a on a.id = d.agency_id where " + scope.predicate("a")
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)")
                + (everything(scope, unit) ? "" : " and d.agency_id in (:agencyIds)")
                + " and cast(g.raised_at as date) between :from and :to group by g.flag";
        Map<String, Long> out = new java.util.TreeMap<>();
        bind(jdbc.sql(sql), scope, unit, null, from, to)
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

    /**
     * The same scope and unit as a condition on a rollup's {@code agency_id}: a list of ids resolved first
     * (see {@link #bind}), so that the planner reads each agency's rows through the (agency, day) keys
     * instead of every agency's rows of the period.
     */
    private static String agencies(AgencyScope scope, String unit) {
        return everything(scope, unit) ? "" : " and agency_id in (:agencyIds)";
    }

    /**
     * The scope again on the agencies joined to rows already limited to {@link #agencyIds} (which hold the unit):
     * fail-closed twice, without repeating the unit's three-way condition, which gives the planner nothing but a
     * poor estimate.
     */
    private static String inScope(AgencyScope scope) {
        return " where " + scope.predicate("a");
    }

    private static boolean everything(AgencyScope scope, String unit) {
        return scope.all() && unit == null;
    }

    /** The agencies in scope and in the unit; none is a list that matches nothing (fail-closed). */
    private List<Long> agencyIds(AgencyScope scope, String unit) {
        var spec = jdbc.sql("select a.id from agency a" + scoped(scope, unit)).params(scope.parameters());
        List<Long> ids = (unit == null ? spec : spec.param("unit", unit))
                .query(Long.class)
                .list();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static String scoped(AgencyScope scope, String unit) {
        return " where " + scope.predicate("a")
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)");
    }

    private static String where(AgencyScope scope, String unit, Long officer) {
        return " where " + scope.predicate("a") + " and r.on_day between :from and :to"
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)")
                + (everything(scope, unit) ? "" : " and r.agency_id in (:agencyIds)")
                + (officer == null ? "" : " and r.officer_id = :officer");
    }

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to) {
        spec = spec.params(scope.parameters()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        spec = everything(scope, unit) ? spec : spec.param("agencyIds", agencyIds(scope, unit));
        spec = officer == null ? spec : spec.param("officer", officer);
        return unit == null ? spec : spec.param("unit", unit);
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
                rs.getLong("wd"));
    }
}
