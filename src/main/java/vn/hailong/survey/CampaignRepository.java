package vn.hailong.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

/** Campaigns, their units and invitations, the candidates for a sample and the progress; scoped in SQL. */
@Repository
class CampaignRepository {

    private static final String CAMPAIGN = """
            select c.id, c.title, q.code, q.version, c.province_code, c.period_from, c.period_to, c.lookback_from, c.lookback_to,
                   c.exclude_months, c.seed, c.status
            from survey_campaign c join survey_questionnaire q on q.id = c.questionnaire_id""";

    /** A campaign is visible when one of its units is. */
    private static String visible(AgencyScope scope) {
        return " exists (select 1 from survey_campaign_unit cu join agency a on a.id = cu.agency_id where cu.campaign_id = c.id and "
                + scope.predicate("a") + ")";
    }

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Agencies in the scope among those asked for: id → {kind, name, province}. */
    Map<Long, String[]> agencies(List<Long> ids, AgencyScope scope) {
        Map<Long, String[]> found = new HashMap<>();
        jdbc.sql("select a.id, a.kind, a.name, a.province_code from agency a where a.id in (:ids) and "
                        + scope.predicate("a"))
                .param("ids", ids)
                .params(scope.parameters())
                .query(rs -> {
                    found.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                });
        return found;
    }

    long insert(
            NewCampaign c,
            long questionnaireId,
            String province,
            LocalDate lookbackFrom,
            LocalDate lookbackTo,
            int excludeMonths,
            long seed,
            String status,
            LocalDateTime at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_campaign (title, questionnaire_id, province_code, period_from, period_to, lookback_from, lookback_to,
                    exclude_months, seed, status, created_at, created_by)
                values (:t, :q, :p, :pf, :pt, :lf, :lt, :x, :s, :st, :at, :by)""")
                .param("t", c.title())
                .param("q", questionnaireId)
                .param("p", province)
                .param("pf", Date.valueOf(c.periodFrom()))
                .param("pt", Date.valueOf(c.periodTo()))
                .param("lf", Date.valueOf(lookbackFrom))
                .param("lt", Date.valueOf(lookbackTo))
                .param("x", excludeMonths)
                .param("s", seed)
                .param("st", status)
                .param("at", Timestamp.valueOf(at))
                .param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertUnit(long campaignId, long agencyId, int quota) {
        jdbc.sql("insert into survey_campaign_unit (campaign_id, agency_id, quota) values (:c, :a, :q)")
                .param("c", campaignId)
                .param("a", agencyId)
                .param("q", quota)
                .update();
    }

    /** The contacts invited (to any campaign) after {@code since}. */
    java.util.Set<String> invitedSince(LocalDateTime since) {
        return new java.util.HashSet<>(
                jdbc.sql("select distinct contact from survey_invitation where invited_at > :since")
                        .param("since", Timestamp.valueOf(since))
                        .query(String.class)
                        .list());
    }

    void insertInvitation(
            long campaignId, long agencyId, Candidate c, String token, LocalDateTime at, LocalDateTime expires) {
        jdbc.sql("""
                insert into survey_invitation (campaign_id, agency_id, dossier_id, field_code, applicant_kind, contact, token, invited_at,
                  expires_at)
                values (:c, :a, :d, :f, :k, :ct, :t, :at, :e)""")
                .param("c", campaignId)
                .param("a", agencyId)
                .param("d", c.dossierId())
                .param("f", c.fieldCode())
                .param("k", c.applicantKind())
                .param("ct", c.contact())
                .param("t", token)
                .param("at", Timestamp.valueOf(at))
                .param("e", Timestamp.valueOf(expires))
                .update();
    }

    Optional<Campaign> find(long id, AgencyScope scope) {
        return jdbc.sql(CAMPAIGN + " where c.id = :id and" + visible(scope))
                .param("id", id)
                .params(scope.parameters())
                .query(CampaignRepository::campaign)
                .optional();
    }

    /** The latest campaign of the same questionnaire (any version) in the province that ended before this one began, visible in the scope. */
    Optional<Campaign> previous(Campaign c, AgencyScope scope) {
        return jdbc
                .sql(CAMPAIGN + " where q.code = :q and c.province_code = :p and c.period_to < :f and c.id <> :id and"
                        + visible(scope) + " order by c.period_to desc, c.id desc")
                .param("q", c.questionnaireCode())
                .param("p", c.provinceCode())
                .param("f", Date.valueOf(c.periodFrom()))
                .param("id", c.id())
                .params(scope.parameters())
                .query(CampaignRepository::campaign)
                .stream()
                .findFirst();
    }

    List<Campaign> list(AgencyScope scope) {
        return jdbc.sql(CAMPAIGN + " where" + visible(scope) + " order by c.period_from desc, c.id desc")
                .params(scope.parameters())
                .query(CampaignRepository::campaign)
                .list();
    }

    List<UnitProgress> progress(long campaignId, AgencyScope scope) {
        return jdbc.sql("""
                select a.id, a.name, cu.quota,
                  (select count(*) from survey_invitation i where i.campaign_id = cu.campaign_id and i.agency_id = a.id),
                  (select count(*) from survey_response r where r.campaign_id = cu.campaign_id and r.agency_id = a.id),
                  (select count(*) from survey_response r where r.campaign_id = cu.campaign_id and r.agency_id = a.id and r.invitation_id is not null),
                  (select count(*) from survey_invitation i where i.campaign_id = cu.campaign_id and i.agency_id = a.id
                     and i.applicant_kind = 'ORGANISATION'),
                  (select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id
                   where r.campaign_id = cu.campaign_id and r.agency_id = a.id and i.applicant_kind = 'ORGANISATION')
                from survey_campaign_unit cu join agency a on a.id = cu.agency_id
                where cu.campaign_id = :c and \s""" + scope.predicate("a") + " order by a.name")
                .param("c", campaignId)
                .params(scope.parameters())
                .query((rs, i) -> {
                    long invited = rs.getLong(4);
                    long responded = rs.getLong(5);
                    int quota = rs.getInt(3);
                    return new UnitProgress(
                            rs.getLong(1),
                            rs.getString(2),
                            quota,
                            invited,
                            responded,
                            invited == 0 ? null : SurveyIndex.round(100.0 * rs.getLong(6) / invited),
                            quota == 0 ? null : SurveyIndex.round(100.0 * responded / quota),
                            rs.getLong(7),
                            rs.getLong(8));
                })
                .list();
    }

    List<Candidate> invitations(long campaignId, long agencyId) {
        return jdbc.sql(
                        "select dossier_id, field_code, applicant_kind, contact from survey_invitation where campaign_id = :c and agency_id = :a"
                                + " order by dossier_id")
                .param("c", campaignId)
                .param("a", agencyId)
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** An invitation a reminder may go to: id, contact, token, unit name, expiry. */
    record Pending(long id, String contact, String token, String agencyName, LocalDateTime expiresAt) {}

    /** Unanswered, unexpired invitations in the scope's units, not reminded since {@code remindedBefore}, with fewer than {@code max} reminders. */
    List<Pending> pending(
            long campaignId, AgencyScope scope, LocalDateTime now, LocalDateTime remindedBefore, int max) {
        return jdbc.sql(
                        "select i.id, i.contact, i.token, a.name, i.expires_at from survey_invitation i join agency a on a.id = i.agency_id"
                                + " where i.campaign_id = :c and i.responded_at is null and i.expires_at > :now and i.reminders < :max"
                                + " and (i.reminded_at is null or i.reminded_at < :before) and i.invited_at < :before and "
                                + scope.predicate("a")
                                + " order by i.id")
                .param("c", campaignId)
                .param("now", Timestamp.valueOf(now))
                .param("max", max)
                .param("before", Timestamp.valueOf(remindedBefore))
                .params(scope.parameters())
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    void reminded(long invitationId, LocalDateTime at) {
        jdbc.sql("update survey_invitation set reminded_at = :at, reminders = reminders + 1 where id = :id")
                .param("at", Timestamp.valueOf(at))
                .param("id", invitationId)
                .update();
    }

    void close(long id, LocalDateTime at) {
        jdbc.sql("update survey_campaign set status = 'CLOSED', closed_at = :at where id = :id")
                .param("at", Timestamp.valueOf(at))
                .param("id", id)
                .update();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getDate(6).toLocalDate(),
                rs.getDate(7).toLocalDate(),
                rs.getDate(8).toLocalDate(),
                rs.getDate(9).toLocalDate(),
                rs.getInt(10),
                rs.getLong(11),
                rs.getString(12));
    }
}
