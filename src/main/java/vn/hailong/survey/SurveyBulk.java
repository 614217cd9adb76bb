package vn.hailong.survey;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.hailong.access.AuditLog;

/**
 * Bulk loading for the demo, which makes the answers up ({@code vn.hailong.demo.SurveyRespondents}): a closed
 * campaign of interviews, the invitations of an open campaign, and responses stored with their answers in batches.
 */
@Service
@Profile("demo")
public class SurveyBulk {

    /** An invitation of a campaign: its id, the agency and when it was sent. */
    public record Invited(long id, long agencyId, LocalDateTime invitedAt) {}

    /**
     * A response to store: its idempotency key, agency, invitation (null for an interview or paper form), channel,
     * time and answers by item code (a score, "NA", or the answer's text or options).
     */
    public record Response(
            String key,
            long agencyId,
            Long invitationId,
            String channel,
            LocalDateTime at,
            Map<String, String> answers) {}

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final Campaigns campaignsFacade;

    SurveyBulk(
            JdbcTemplate jdbc,
            CampaignRepository campaigns,
            Questionnaires questionnaires,
            AuditLog audit,
            Campaigns campaignsFacade) {
        this.campaignsFacade = campaignsFacade;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.audit = audit;
    }

    /** A closed campaign of interviews with a quota of {@code perUnit} in each agency, without responses; returns its id. */
    public long closedCampaign(
            String title,
            String code,
            int version,
            LocalDate from,
            LocalDate to,
            String province,
            List<Long> agencyIds,
            int perUnit,
            long seed) {
        LocalDateTime closedAt = to.plusDays(1).atTime(9, 0);
        long id = campaigns.insert(
                new NewCampaign(
                        title,
                        code,
                        version,
                        from,
                        to,
                        agencyIds,
                        null,
                        from.minusMonths(12),
                        from.minusDays(1),
                        12,
                        seed),
                questionnaires.idOf(code, version),
                province,
                from.minusMonths(12),
                from.minusDays(1),
                12,
                seed,
                "CLOSED",
                from.minusDays(14).atTime(8, 0),
                "demo");
        jdbc.update("update survey_campaign set closed_at = ? where id = ?", Timestamp.valueOf(closedAt), id);
        for (long agency : agencyIds) {
            campaigns.insertUnit(id, agency, perUnit);
        }
        return id;
    }

    /** Records in the audit log that the demo made a closed campaign with its responses. */
    public void auditClosed(long id, String title, int responses) {
        audit.record(
                "survey_campaign", id, "CREATE", null, Map.of("title", title, "responses", responses, "demo", true));
    }

    /**
     * An open campaign drawn like any other, but without queuing its invitations in the outbox (in the demo they
     * were sent when the campaign began, before the demo existed); returns its id.
     */
    public long openCampaign(NewCampaign campaign) {
        return campaignsFacade.create(campaign, false);
    }

    /** The invitations of a campaign in id order. */
    public List<Invited> invitations(long campaignId) {
        return jdbc.query(
                "select id, agency_id, invited_at from survey_invitation where campaign_id = ? order by id",
                (rs, n) -> new Invited(
                        rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime()),
                campaignId);
    }

    /** Stores responses with their answers; the invitations answered are marked as responded. Returns how many. */
    public int store(long campaignId, List<Response> in) {
        Campaign c = campaigns
                .find(campaignId, vn.hailong.access.AgencyScope.EVERYTHING)
                .orElseThrow();
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> responded = new ArrayList<>();
        Map<String, Map<String, String>> answers = new HashMap<>();
        for (Response r : in) {
            responses.add(new Object[] {
                r.key(), campaignId, r.agencyId(), r.invitationId(), r.channel(), Timestamp.valueOf(r.at())
            });
            if (r.invitationId() != null) {
                responded.add(new Object[] {Timestamp.valueOf(r.at()), r.invitationId()});
            }
            answers.put(r.key(), r.answers());
        }
        store(q, campaignId, responses, answers);
        if (!responded.isEmpty()) {
            jdbc.batchUpdate("update survey_invitation set responded_at = ? where id = ?", responded);
        }
        return responses.size();
    }

    private void store(
            Questionnaire q, long campaignId, List<Object[]> responses, Map<String, Map<String, String>> answers) {
        jdbc.batchUpdate(
                "insert into survey_response (idempotency_key, campaign_id, agency_id, invitation_id, channel, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                responses);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "select id, idempotency_key from survey_response where campaign_id = ?",
                rs -> {
                    Map<String, String> a = answers.get(rs.getString(2));
                    if (a != null) {
                        long id = rs.getLong(1);
                        a.forEach((item, value) -> {
                            boolean score =
                                    q.item(item).orElseThrow().type() == ItemType.SATISFACTION && !"NA".equals(value);
                            rows.add(new Object[] {id, item, score ? Integer.valueOf(value) : null, score ? null : value
                            });
                        });
                    }
                },
                campaignId);
        jdbc.batchUpdate("insert into survey_answer (response_id, item_code, score, answer) values (?, ?, ?, ?)", rows);
    }
}
