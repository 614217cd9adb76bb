package vn.hailong.survey;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

/** Paper forms, their two entries and the values keyed in each. */
@Repository
class PaperRepository {

    /** A stored form: id, unit, status, response, who resolved it. */
    record Row(
            long id,
            String formNo,
            long agencyId,
            String agencyName,
            String status,
            Long responseId,
            String resolvedBy) {}

    /** A stored entry with its values by item. */
    record Entry(int no, long agencyId, String by, Map<String, String> values) {}

    private final JdbcClient jdbc;

    PaperRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            "select f.id, f.form_no, f.agency_id, a.name, f.status, f.response_id, f.resolved_by"
                    + " from survey_paper_form f join agency a on a.id = f.agency_id ";

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long response = rs.getLong(6);
        Long responseId = rs.wasNull() ? null : response;
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                responseId,
                rs.getString(7));
    }

    /** The form, locked for the rest of the transaction. */
    Optional<Row> lock(long campaignId, String formNo) {
        jdbc.sql("select id from survey_paper_form where campaign_id = :c and form_no = :f for update")
                .param("c", campaignId)
                .param("f", formNo)
                .query(Long.class)
                .optional();
        return find(campaignId, formNo, AgencyScope.EVERYTHING);
    }

    Optional<Row> find(long campaignId, String formNo, AgencyScope scope) {
        return jdbc.sql(SELECT + "where f.campaign_id = :c and f.form_no = :f and " + scope.predicate("a"))
                .param("c", campaignId)
                .param("f", formNo)
                .params(scope.parameters())
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Row> list(long campaignId, AgencyScope scope) {
        return jdbc.sql(SELECT + "where f.campaign_id = :c and " + scope.predicate("a")
                        + " order by f.status desc, f.form_no")
                .param("c", campaignId)
                .params(scope.parameters())
                .query((rs, n) -> row(rs))
                .list();
    }

    long insertForm(long campaignId, String formNo, long agencyId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_paper_form (campaign_id, form_no, agency_id, status) values (:c, :f, :a, 'FIRST')")
                .param("c", campaignId)
                .param("f", formNo)
                .param("a", agencyId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertEntry(long formId, int no, long agencyId, String by, LocalDateTime at, Map<String, String> values) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_paper_entry (form_id, entry_no, agency_id, entered_by, entered_at) values (:f, :n, :a, :b, :at)""")
                .param("f", formId)
                .param("n", no)
                .param("a", agencyId)
                .param("b", by)
                .param("at", Timestamp.valueOf(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        values.forEach((item, value) -> jdbc.sql(
                        "insert into survey_paper_value (entry_id, item_code, answer) values (:e, :i, :v)")
                .param("e", id)
                .param("i", item)
                .param("v", value)
                .update());
    }

    List<Entry> entries(long formId) {
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                select e.entry_no, e.agency_id, e.entered_by, v.item_code, v.answer from survey_paper_entry e
                left join survey_paper_value v on v.entry_id = e.id where e.form_id = :f order by e.entry_no, v.item_code""").param("f", formId).query(rs -> {
            Entry e = entries.computeIfAbsent(rs.getInt(1), no -> {
                try {
                    return new Entry(no, rs.getLong(2), rs.getString(3), new LinkedHashMap<>());
                } catch (java.sql.SQLException x) {
                    throw new IllegalStateException(x);
                }
            });
            String item = rs.getString(4);
            if (item != null) {
                e.values().put(item, rs.getString(5));
            }
        });
        return new ArrayList<>(entries.values());
    }

    void status(long formId, String status, Long responseId, String resolvedBy, LocalDateTime at) {
        jdbc.sql("""
                update survey_paper_form set status = :s, response_id = :r, resolved_by = :b, resolved_at = :at where id = :id""")
                .param("s", status)
                .param("r", responseId)
                .param("b", resolvedBy)
                .param("at", at == null ? null : Timestamp.valueOf(at))
                .param("id", formId)
                .update();
    }
}
