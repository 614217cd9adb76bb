package vn.hailong.survey;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

/** Invitations by token, responses and their answers. */
@Repository
class ResponseRepository {

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Invitation> invitation(String token) {
        return jdbc.sql("""
                select i.id, c.id, c.status, a.id, a.name, q.code, q.version, i.expires_at, i.responded_at
                from survey_invitation i join survey_campaign c on c.id = i.campaign_id
                join survey_questionnaire q on q.id = c.questionnaire_id join agency a on a.id = i.agency_id
                where i.token = :t""")
                .param("t", token)
                .query((rs, n) -> new Invitation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getTimestamp(8).toLocalDateTime(),
                        rs.getTimestamp(9) != null))
                .optional();
    }

    Optional<Long> byKey(String key) {
        return jdbc.sql("select id from survey_response where idempotency_key = :k")
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    long insert(String key, long campaignId, long agencyId, Long invitationId, String channel, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_response (idempotency_key, campaign_id, agency_id, invitation_id, channel, created_at)
                values (:k, :c, :a, :i, :ch, :at)""")
                .param("k", key)
                .param("c", campaignId)
                .param("a", agencyId)
                .param("i", invitationId)
                .param("ch", channel)
                .param("at", Timestamp.valueOf(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertAnswer(long responseId, String item, Integer score, String answer) {
        jdbc.sql("insert into survey_answer (response_id, item_code, score, answer) values (:r, :i, :s, :a)")
                .param("r", responseId)
                .param("i", item)
                .param("s", score)
                .param("a", answer)
                .update();
    }

    int markResponded(long invitationId, LocalDateTime at) {
        return jdbc.sql("update survey_invitation set responded_at = :at where id = :id and responded_at is null")
                .param("at", Timestamp.valueOf(at))
                .param("id", invitationId)
                .update();
    }

    /** The satisfaction scores of every response in the campaign's units the scope covers. */
    List<Respondent> respondents(long campaignId, AgencyScope scope) {
        Map<Long, long[]> agencyOf = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
        jdbc.sql(
                        "select r.id, a.id, a.name, x.item_code, x.score from survey_response r join agency a on a.id = r.agency_id"
                                + " left join survey_answer x on x.response_id = r.id and x.score is not null"
                                + " where r.campaign_id = :c and " + scope.predicate("a") + " order by a.name, r.id")
                .param("c", campaignId)
                .params(scope.parameters())
                .query(rs -> {
                    long id = rs.getLong(1);
                    agencyOf.putIfAbsent(id, new long[] {rs.getLong(2)});
                    names.putIfAbsent(rs.getLong(2), rs.getString(3));
                    Map<String, Integer> s = scores.computeIfAbsent(id, k -> new HashMap<>());
                    if (rs.getString(4) != null) {
                        s.put(rs.getString(4), rs.getInt(5));
                    }
                });
        List<Respondent> list = new ArrayList<>();
        scores.forEach((id, s) -> list.add(new Respondent(agencyOf.get(id)[0], names.get(agencyOf.get(id)[0]), s)));
        return list;
    }

    /** The non-blank answers to one item in the campaign's visible units. */
    List<String> answers(long campaignId, String item, AgencyScope scope) {
        return jdbc.sql(
                        "select x.answer from survey_answer x join survey_response r on r.id = x.response_id join agency a on a.id = r.agency_id"
                                + " where r.campaign_id = :c and x.item_code = :i and x.answer is not null and "
                                + scope.predicate("a"))
                .param("c", campaignId)
                .param("i", item)
                .params(scope.parameters())
                .query(String.class)
                .list();
    }

    /** Every response in the campaign's visible units with its answers (score, or the stored text). */
    List<SurveyExport.ResponseRow> rows(long campaignId, AgencyScope scope) {
        Map<Long, SurveyExport.ResponseRow> rows = new LinkedHashMap<>();
        jdbc.sql(
                        "select r.id, a.code, a.name, r.channel, r.created_at, x.item_code, x.score, x.answer from survey_response r"
                                + " join agency a on a.id = r.agency_id left join survey_answer x on x.response_id = r.id"
                                + " where r.campaign_id = :c and " + scope.predicate("a")
                                + " order by r.id, x.item_code")
                .param("c", campaignId)
                .params(scope.parameters())
                .query(rs -> {
                    SurveyExport.ResponseRow row = rows.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new SurveyExport.ResponseRow(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toLocalDateTime().toString(),
                                    new HashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String item = rs.getString(6);
                    if (item != null) {
                        int score = rs.getInt(7);
                        boolean noScore = rs.wasNull();
                        row.answers().put(item, noScore ? rs.getString(8) : String.valueOf(score));
                    }
                });
        return List.copyOf(rows.values());
    }
}
