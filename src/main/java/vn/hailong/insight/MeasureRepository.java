package vn.hailong.insight;

import java.sql.Date;
import java.time.LocalDate;
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
    record Row(String key, String label, long n, long good, long early, long onTime, long late, long returned) {
    }

    private static final String ANSWERS = "sum(r.s1 + r.s2 + r.s3 + r.s4 + r.s5)";
    private static final String SATISFIED = "sum(r.s4 + r.s5)";

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> satisfaction(AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to, String level, String item) {
        String sql = "select " + key(level) + " k, " + label(level) + " l, " + ANSWERS + " n, " + SATISFIED
                + " good, 0 e, 0 o, 0 t, 0 ret from insight_rating_day r join agency a on a.id = r.agency_id"
                + joins(level) + where(scope, unit, officer) + (item == null ? "" : " and r.item_code = :item")
                + " group by " + key(level) + groupLabel(level);
        var spec = bind(jdbc.sql(sql), scope, unit, officer, from, to);
        if (item != null) {
            spec = spec.param("item", item);
        }
        return spec.query(MeasureRepository::row).list();
    }

    List<Row> timeliness(AgencyScope scope, String unit, Long officer, LocalDate from, LocalDate to, String level) {
        String sql = "select " + key(level) + " k, " + label(level) + " l, sum(r.finished) n, sum(r.early + r.on_time) good,"
                + " sum(r.early) e, sum(r.on_time) o, sum(r.late) t, sum(r.returned) ret"
                + " from insight_dossier_day r join agency a on a.id = r.agency_id" + joins(level) + where(scope, unit, officer)
                + " group by " + key(level) + groupLabel(level);
        return bind(jdbc.sql(sql), scope, unit, officer, from, to).query(MeasureRepository::row).list();
    }

    /** Ratings received (not answers) in the period: the numerator of the response rate. */
    long ratings(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        String sql = "select coalesce(sum(r.ratings), 0) from insight_rating_count r join agency a on a.id = r.agency_id"
                + where(scope, unit, null);
        return bind(jdbc.sql(sql), scope, unit, null, from, to).query(Long.class).single();
    }

    /** The same for one officer. */
    long ratings(AgencyScope scope, String unit, long officer, LocalDate from, LocalDate to) {
        String sql = "select coalesce(sum(r.ratings), 0) from insight_rating_count r join agency a on a.id = r.agency_id"
                + where(scope, unit, officer);
        return bind(jdbc.sql(sql), scope, unit, officer, from, to).query(Long.class).single();
    }

    /** Provinces with any counted dossier, with their names (for the public scorecard). */
    List<Map<String, Object>> provinces() {
        return jdbc.sql("""
                select a.province_code code, (select max(u.full_name) from admin_unit u where u.code = a.province_code) name
                from agency a where exists (select 1 from insight_dossier_day r where r.agency_id = a.id)
                group by a.province_code order by a.province_code""").query().listOfRows();
    }

    private static String key(String level) {
        return switch (level) {
            case "PROVINCE" -> "a.province_code";
            case "UNIT" -> "a.code";
            case "MONTH" -> "(cast(extract(year from r.on_day) as int) * 100 + cast(extract(month from r.on_day) as int))";
            case "OFFICER" -> "r.officer_id";
            case "PROCEDURE" -> "r.procedure_code";
            case "CHANNEL" -> "r.channel";
            default -> throw new IllegalArgumentException(level);
        };
    }

    private static String label(String level) {
        return switch (level) {
            case "PROVINCE" -> "(select max(u.full_name) from admin_unit u where u.code = a.province_code)";
            case "UNIT" -> "a.name";
            case "OFFICER" -> "max(o.full_name)";
            case "PROCEDURE" -> "max(p.name)";
            default -> "null";
        };
    }

    private static String groupLabel(String level) {
        return "UNIT".equals(level) ? ", a.name" : "";
    }

    private static String joins(String level) {
        return switch (level) {
            case "OFFICER" -> " left join officer o on o.id = r.officer_id";
            case "PROCEDURE" -> " left join admin_procedure p on p.code = r.procedure_code";
            default -> "";
        };
    }

    private static String where(AgencyScope scope, String unit, Long officer) {
        return " where " + scope.predicate("a") + " and r.on_day between :from and :to"
                + (unit == null ? "" : " and (a.province_code = :unit or a.unit_code = :unit or a.code = :unit)")
                + (officer == null ? "" : " and r.officer_id = :officer");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AgencyScope scope, String unit, Long officer,
            LocalDate from, LocalDate to) {
        spec = spec.params(scope.parameters()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        spec = officer == null ? spec : spec.param("officer", officer);
        return unit == null ? spec : spec.param("unit", unit);
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getString("k"), rs.getString("l"), rs.getLong("n"), rs.getLong("good"), rs.getLong("e"),
                rs.getLong("o"), rs.getLong("t"), rs.getLong("ret"));
    }
}
