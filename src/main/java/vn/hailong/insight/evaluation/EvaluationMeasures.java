package vn.hailong.insight.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.insight.EvaluationDossierScore;
import vn.hailong.insight.EvaluationSource;
import vn.hailong.insight.EvaluationUnit;
import vn.hailong.insight.query.MeasureQuery;

/**
 * Reads the Decree 61 dossier scores (never the raw dossiers), limited by the caller's scope (fail-closed) and
 * optionally to one unit (a province, commune or agency code); and the self and appraised scores per quarter.
 */
@Repository
public class EvaluationMeasures {

    /** One agency's sums over a period. */
    public record Sums(
            long agencyId, String key, String label, long n, BigDecimal total, long[] points, long[] counts) {}

    private final JdbcClient jdbc;

    public EvaluationMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Sums> sums(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        StringBuilder cols = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            cols.append(", coalesce(sum(s.ct")
                    .append(i)
                    .append("), 0) p")
                    .append(i)
                    .append(", count(s.ct")
                    .append(i)
                    .append(") c")
                    .append(i);
        }
        MeasureQuery q = query(scope, unit, from, to);
        String sql = "select a.id, a.code, a.name, count(*) n, sum(s.score) total" + cols
                + " from insight_decree61_dossier s join agency a on a.id = s.agency_id" + q.where()
                + " group by a.id, a.code, a.name order by a.name";
        return q.bind(jdbc.sql(sql))
                .query((rs, i) -> {
                    long[] p = new long[9];
                    long[] c = new long[9];
                    for (int k = 0; k < 9; k++) {
                        p[k] = rs.getLong("p" + (k + 1));
                        c[k] = rs.getLong("c" + (k + 1));
                    }
                    return new Sums(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getLong("n"),
                            rs.getBigDecimal("total"),
                            p,
                            c);
                })
                .list();
    }

    public long count(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        MeasureQuery q = query(scope, unit, from, to);
        String sql = "select count(*) from insight_decree61_dossier s join agency a on a.id = s.agency_id" + q.where();
        return q.bind(jdbc.sql(sql)).query(Long.class).single();
    }

    public List<EvaluationDossierScore> dossiers(
            AgencyScope scope, String unit, LocalDate from, LocalDate to, int offset, int limit) {
        MeasureQuery q = query(scope, unit, from, to);
        String sql = "select d.code, p.name procedure_name, d.resolved_at, s.* from insight_decree61_dossier s"
                + " join agency a on a.id = s.agency_id join dossier d on d.id = s.dossier_id"
                + " join catalog_procedure_view p on p.code = d.procedure_code" + q.where()
                + " order by d.resolved_at, d.code offset :offset rows fetch next :limit rows only";
        return q.bind(jdbc.sql(sql))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, i) -> {
                    List<EvaluationSource> sources = new ArrayList<>();
                    rs.getString("sources").chars().forEach(ch -> sources.add(EvaluationSource.of((char) ch)));
                    return new EvaluationDossierScore(
                            rs.getString("code"),
                            rs.getString("procedure_name"),
                            rs.getTimestamp("resolved_at").toLocalDateTime(),
                            EvaluationRepository.points(rs),
                            sources,
                            rs.getInt("points"),
                            rs.getInt("computable"),
                            rs.getBigDecimal("score")
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .doubleValue());
                })
                .list();
    }

    /** An agency's self and appraised scores of a quarter, each null until entered. */
    public record Assessments(EvaluationUnit.Assessment self, EvaluationUnit.Assessment appraised) {
        public static final Assessments NONE = new Assessments(null, null);
    }

    /** The self and appraised scores of these agencies in a quarter, by agency id. */
    public Map<Long, Assessments> assessments(List<Long> agencyIds, String quarter) {
        Map<Long, Assessments> out = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select agency_id, self_score, self_note, self_by, self_at, appraised_score, appraised_note, appraised_by, appraised_at
                from insight_decree61_assessment where quarter = :q and agency_id in (:ids)""")
                .param("q", quarter)
                .param("ids", agencyIds)
                .query((rs, i) ->
                        out.put(rs.getLong(1), new Assessments(assessment(rs, "self"), assessment(rs, "appraised"))))
                .list();
        return out;
    }

    /** Writes the self ("self") or appraised ("appraised") score of an agency's quarter. */
    public void assess(
            String which, long agencyId, String quarter, BigDecimal score, String note, String by, LocalDateTime at) {
        if (!which.equals("self") && !which.equals("appraised")) {
            throw new IllegalArgumentException(which);
        }
        jdbc.sql("""
                merge into insight_decree61_assessment t
                using (select cast(:agency as bigint) agency_id, cast(:quarter as varchar(7)) quarter) k
                on t.agency_id = k.agency_id and t.quarter = k.quarter
                when matched then update set %1$s_score = :score, %1$s_note = :note, %1$s_by = :by, %1$s_at = :at
                when not matched then insert (agency_id, quarter, %1$s_score, %1$s_note, %1$s_by, %1$s_at)
                  values (k.agency_id, k.quarter, :score, :note, :by, :at)""".formatted(which))
                .param("agency", agencyId)
                .param("quarter", quarter)
                .param("score", score)
                .param("note", note)
                .param("by", by)
                .param("at", Timestamp.valueOf(at))
                .update();
    }

    private static EvaluationUnit.Assessment assessment(ResultSet rs, String which) throws SQLException {
        BigDecimal score = rs.getBigDecimal(which + "_score");
        return score == null
                ? null
                : new EvaluationUnit.Assessment(
                        score.doubleValue(),
                        rs.getString(which + "_note"),
                        rs.getString(which + "_by"),
                        rs.getTimestamp(which + "_at").toLocalDateTime());
    }

    /** Dossier scores (alias {@code s}) in the scope, in the unit (its own code, without history), in the period. */
    private static MeasureQuery query(AgencyScope scope, String unit, LocalDate from, LocalDate to) {
        return MeasureQuery.within(scope, "a")
                .unit(unit == null ? null : List.of(unit))
                .between("s.finished_on", from, to);
    }
}
