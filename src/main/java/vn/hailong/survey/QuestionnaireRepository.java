package vn.hailong.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire versions, their sections and items; the counter forms are read from the rating module's tables. */
@Repository
class QuestionnaireRepository {

    private static final String SEP = "\n";

    private final JdbcClient jdbc;

    QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> id(String code, int version) {
        return jdbc.sql("select id from survey_questionnaire where code = :c and version = :v")
                .param("c", code)
                .param("v", version)
                .query(Long.class)
                .optional();
    }

    Optional<long[]> latest(String code) {
        return jdbc.sql("select id, version, case when status = 'PUBLISHED' then 1 else 0 end from survey_questionnaire"
                        + " where code = :c order by version desc fetch first 1 rows only")
                .param("c", code)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional();
    }

    List<Long> ids() {
        return jdbc.sql("select id from survey_questionnaire order by code, version")
                .query(Long.class)
                .list();
    }

    long insert(Questionnaire q, int version, Instant at) {
        jdbc.sql(
                        "insert into survey_questionnaire (code, version, title, status, created_at) values (:c, :v, :t, 'DRAFT', :at)")
                .param("c", q.code())
                .param("v", version)
                .param("t", q.title())
                .param("at", Timestamp.from(at))
                .update();
        long id = id(q.code(), version).orElseThrow();
        insertContent(id, q);
        return id;
    }

    void replaceContent(long id, Questionnaire q) {
        jdbc.sql("delete from survey_item where questionnaire_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from survey_section where questionnaire_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update survey_questionnaire set title = :t where id = :id")
                .param("t", q.title())
                .param("id", id)
                .update();
        insertContent(id, q);
    }

    private void insertContent(long id, Questionnaire q) {
        int sectionPos = 0;
        int itemPos = 0;
        for (Section s : q.sections()) {
            jdbc.sql(
                            "insert into survey_section (questionnaire_id, code, position, title, condition_item, condition_value)"
                                    + " values (:q, :c, :p, :t, :ci, :cv)")
                    .param("q", id)
                    .param("c", s.code())
                    .param("p", ++sectionPos)
                    .param("t", s.title())
                    .param("ci", s.condition() == null ? null : s.condition().item())
                    .param("cv", s.condition() == null ? null : s.condition().equals())
                    .update();
            for (SurveyItem i : s.items()) {
                jdbc.sql(
                                "insert into survey_item (questionnaire_id, code, section_code, position, text, item_type, options, allows_na, index_role)"
                                        + " values (:q, :c, :s, :p, :t, :ty, :o, :na, :r)")
                        .param("q", id)
                        .param("c", i.code())
                        .param("s", s.code())
                        .param("p", ++itemPos)
                        .param("t", i.text())
                        .param("ty", i.type().name())
                        .param("o", i.options().isEmpty() ? null : String.join(SEP, i.options()))
                        .param("na", i.notApplicable())
                        .param("r", i.role().name())
                        .update();
            }
        }
    }

    void publish(long id, Instant at) {
        jdbc.sql("update survey_questionnaire set status = 'PUBLISHED', published_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** A questionnaire's own columns, before its sections and items. */
    private record Head(String code, int version, String title, String status) {}

    Optional<Questionnaire> load(long id) {
        var head = jdbc.sql("select code, version, title, status from survey_questionnaire where id = :id")
                .param("id", id)
                .query(Head.class)
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<SurveyItem>> items = new LinkedHashMap<>();
        jdbc.sql("select section_code, code, text, item_type, options, allows_na, index_role from survey_item"
                        + " where questionnaire_id = :id order by position")
                .param("id", id)
                .query(rs -> {
                    String options = rs.getString(5);
                    items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SurveyItem(
                                    rs.getString(2),
                                    rs.getString(3),
                                    ItemType.valueOf(rs.getString(4)),
                                    options == null ? List.of() : Arrays.asList(options.split(SEP)),
                                    rs.getBoolean(6),
                                    IndexRole.valueOf(rs.getString(7))));
                });
        List<Section> sections = jdbc.sql("select code, title, condition_item, condition_value from survey_section"
                        + " where questionnaire_id = :id order by position")
                .param("id", id)
                .query((rs, i) -> new Section(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3) == null ? null : new Condition(rs.getString(3), rs.getString(4)),
                        items.getOrDefault(rs.getString(1), List.of())))
                .list();
        Head h = head.get();
        return Optional.of(new Questionnaire(h.code(), h.version(), h.title(), h.status(), "survey", sections));
    }
}
