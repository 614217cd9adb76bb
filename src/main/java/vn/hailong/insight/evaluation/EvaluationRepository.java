package vn.hailong.insight.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.insight.EvaluationScore;

/**
 * The evaluation's dossier scores (Decree 61 indicators up to 30/06/2025, Art. 33 contents after): the facts of finished dossiers read from the raw rows (one dossier when it
 * moves, a batch's after an import, all of them for a rebuild) and the scores written back.
 */
@Repository
public class EvaluationRepository {

    /**
     * The facts of the finished dossiers {@code dossiers} selects (a condition on the dossier {@code d}); {@code rated}
     * selects the same dossiers' ids for the answers, read in one grouped pass (instead of one subquery per item) over
     * the ratings of exactly those dossiers.
     */
    private static String facts(String dossiers, String rated) {
        return """
            select d.id, d.agency_id, cast(d.resolved_at as date) finished_on, d.timeliness, d.supplement_count, d.channel,
              case when d.desk_id is not null then 1 when ro.id is null then null when ro.desk_id is not null then 1 else 0 end at_desk,
              p.active, case when p.documents <> '' then 1 else 0 end documents_listed,
              (select min(case s.timeliness when 'LATE' then 0 when 'ON_TIME' then 1 when 'EARLY' then 2 end)
                 from dossier_step s where s.dossier_id = d.id and s.timeliness <> 'PENDING') worst_step,
              (select count(distinct e.agency_id) from dossier_event e where e.dossier_id = d.id
                 and e.type = 'SUPPLEMENT_REQUESTED' and e.agency_id is not null and e.agency_id <> d.agency_id) other_agencies,
              a.conduct, a.feedback_answer, a.public_info, a.costs, a.online_answer, a.other_answer,
              (select count(*) from dossier_flag g where g.dossier_id = d.id and g.flag = 'ONLINE_RECEPTION_LATE') online_late,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status <> 'SPAM') cases,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status not in ('SPAM', 'REJECTED')
                 and f.answered_at is null) unanswered,
              (select count(*) from feedback_case f where f.dossier_code = d.code and f.status <> 'SPAM'
                 and (f.answered_at > f.resolve_due_at or (f.status = 'REJECTED' and f.decided_at > f.decide_due_at))) late_cases
            from dossier d join catalog_procedure_view p on p.code = d.procedure_code left join officer ro on ro.id = d.receiving_officer_id
            left join (
              select r.dossier_id,
                min(case when x.item_code in ('CONDUCT', 'ART33_DD') then x.score end) conduct,
                min(case when x.item_code in ('FEEDBACK', 'ART33_G') then x.score end) feedback_answer,
                min(case when x.item_code in ('ART33_D', 'PUBLIC_INFO') then x.score end) public_info,
                min(case when x.item_code in ('ART33_E', 'FEES') then x.score end) costs,
                min(case when x.item_code = 'ART33_H' then x.score end) online_answer,
                min(case when x.item_code = 'ART33_I' then x.score end) other_answer
              from rating r join rating_answer x on x.rating_id = r.id
              where r.dossier_id in (%2$s)
              group by r.dossier_id) a on a.dossier_id = d.id
            where d.resolved_at is not null and d.timeliness <> 'PENDING' and %1$s""".formatted(dossiers, rated);
    }

    private static final String FACTS_OF_ONE = facts("d.id = :id", ":id");

    private static final String FACTS_OF_MANY = facts("d.id in (:ids)", ":ids");

    private static final String FACTS_OF_AGENCY = facts(
            "d.agency_id = (select id from agency where code = :code)",
            "select o.id from dossier o where o.agency_id = (select id from agency where code = :code)");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public EvaluationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The facts of one dossier, empty while it is not finished. */
    public java.util.Optional<EvaluationFacts> facts(long dossierId) {
        return jdbc.sql(FACTS_OF_ONE)
                .param("id", dossierId)
                .query(EvaluationRepository::facts)
                .optional();
    }

    /** The facts of these dossiers that are finished (in queries of a thousand). */
    List<EvaluationFacts> facts(List<Long> dossierIds) {
        List<EvaluationFacts> found = new ArrayList<>();
        for (int from = 0; from < dossierIds.size(); from += 1000) {
            found.addAll(jdbc.sql(FACTS_OF_MANY)
                    .param("ids", dossierIds.subList(from, Math.min(dossierIds.size(), from + 1000)))
                    .query(EvaluationRepository::facts)
                    .list());
        }
        return found;
    }

    /** Deletes the scores of these dossiers. */
    void deleteByIds(List<Long> dossierIds) {
        for (int from = 0; from < dossierIds.size(); from += 1000) {
            jdbc.sql("delete from insight_decree61_dossier where dossier_id in (:ids)")
                    .param("ids", dossierIds.subList(from, Math.min(dossierIds.size(), from + 1000)))
                    .update();
        }
    }

    /** The ids of the dossiers with these codes (in queries of a thousand). */
    List<Long> dossierIds(List<String> codes) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            ids.addAll(jdbc.sql("select id from dossier where code in (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    /** The dossier's id by its code (feedback cases name dossiers by code). */
    public java.util.Optional<Long> dossierId(String code) {
        return jdbc.sql("select id from dossier where code = :c")
                .param("c", code)
                .query(Long.class)
                .optional();
    }

    /** Every agency's code, for a rebuild agency by agency. */
    public List<String> agencyCodes() {
        return jdbc.sql("select code from agency order by id")
                .query(String.class)
                .list();
    }

    /** The facts of one agency's finished dossiers. */
    public List<EvaluationFacts> facts(String agencyCode) {
        return jdbc.sql(FACTS_OF_AGENCY)
                .param("code", agencyCode)
                .query(EvaluationRepository::facts)
                .list();
    }

    /** Writes (or replaces) one dossier's score. */
    public void save(EvaluationScore s) {
        jdbc.sql("""
                merge into insight_decree61_dossier t
                using (select cast(:id as bigint) dossier_id) k on t.dossier_id = k.dossier_id
                when matched then update set agency_id = :agency, finished_on = :day, ct1 = :ct1, ct2 = :ct2, ct3 = :ct3,
                  ct4 = :ct4, ct5 = :ct5, ct6 = :ct6, ct7 = :ct7, ct8 = :ct8, ct9 = :ct9, sources = :sources, points = :points,
                  computable = :computable, score = :score
                when not matched then insert (dossier_id, agency_id, finished_on, ct1, ct2, ct3, ct4, ct5, ct6, ct7, ct8, ct9,
                  sources, points, computable, score) values (k.dossier_id, :agency, :day, :ct1, :ct2, :ct3, :ct4, :ct5, :ct6,
                  :ct7, :ct8, :ct9, :sources, :points, :computable, :score)""").paramSource(values(s)).update();
    }

    public void delete(long dossierId) {
        jdbc.sql("delete from insight_decree61_dossier where dossier_id = :id")
                .param("id", dossierId)
                .update();
    }

    /** Deletes the scores of every agency (codes null) or of the agencies with these codes. */
    public void deleteAll(Collection<String> agencyCodes) {
        var spec = jdbc.sql("delete from insight_decree61_dossier"
                + (agencyCodes == null ? "" : " where agency_id in (select id from agency where code in (:codes))"));
        (agencyCodes == null ? spec : spec.param("codes", agencyCodes)).update();
    }

    /** Writes many scores in JDBC batches (the rebuild). */
    public void insertAll(List<EvaluationScore> scores) {
        batch.batchUpdate("""
                insert into insight_decree61_dossier (dossier_id, agency_id, finished_on, ct1, ct2, ct3, ct4, ct5, ct6, ct7, ct8,
                  ct9, sources, points, computable, score) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", scores, 1000, (ps, s) -> {
            ps.setLong(1, s.dossierId());
            ps.setLong(2, s.agencyId());
            ps.setDate(3, Date.valueOf(s.finishedOn()));
            for (int i = 0; i < 9; i++) {
                ps.setObject(4 + i, s.points().get(i), java.sql.Types.SMALLINT);
            }
            ps.setString(13, s.sourceLetters());
            ps.setInt(14, s.total());
            ps.setInt(15, s.computable());
            ps.setBigDecimal(16, s.score());
        });
    }

    private static MapSqlParameterSource values(EvaluationScore s) {
        MapSqlParameterSource v = new MapSqlParameterSource()
                .addValue("id", s.dossierId())
                .addValue("agency", s.agencyId())
                .addValue("day", Date.valueOf(s.finishedOn()));
        for (int i = 0; i < 9; i++) {
            v.addValue("ct" + (i + 1), s.points().get(i));
        }
        return v.addValue("sources", s.sourceLetters())
                .addValue("points", s.total())
                .addValue("computable", s.computable())
                .addValue("score", s.score());
    }

    private static EvaluationFacts facts(ResultSet rs, int i) throws SQLException {
        int worst = rs.getInt("worst_step");
        String step = rs.wasNull() ? null : worst == 2 ? "EARLY" : worst == 1 ? "ON_TIME" : "LATE";
        int desk = rs.getInt("at_desk");
        Boolean atDesk = rs.wasNull() ? null : desk == 1;
        return new EvaluationFacts(
                rs.getLong("id"),
                rs.getLong("agency_id"),
                rs.getDate("finished_on").toLocalDate(),
                rs.getString("timeliness"),
                step,
                rs.getInt("supplement_count"),
                rs.getInt("other_agencies"),
                rs.getInt("channel"),
                atDesk,
                rs.getBoolean("active"),
                rs.getInt("documents_listed") == 1,
                integer(rs, "conduct"),
                integer(rs, "feedback_answer"),
                rs.getInt("cases"),
                rs.getInt("unanswered"),
                rs.getInt("late_cases"),
                integer(rs, "public_info"),
                integer(rs, "costs"),
                integer(rs, "online_answer"),
                integer(rs, "other_answer"),
                rs.getInt("online_late") > 0);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static List<Integer> points(ResultSet rs) throws SQLException {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            out.add(integer(rs, "ct" + i));
        }
        return out;
    }
}
