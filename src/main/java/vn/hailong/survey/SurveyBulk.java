package vn.hailong.survey;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;

/**
 * Bulk loading for the demo: a closed campaign of interviews and responses to an open campaign's
 * invitations, generated from a seeded model (each unit has its own level, each factor a small
 * offset, fees often not applicable, about one respondent in eight gave feedback).
 */
@Service
@Profile("demo")
public class SurveyBulk {

    private static final String[] COMMENTS = {
        "Cán bộ nhiệt tình, hướng dẫn rõ ràng.",
        "Nên bố trí thêm ghế ngồi chờ.",
        "Thời gian trả kết quả nhanh hơn dự kiến.",
        "Máy lấy số thứ tự hay bị lỗi.",
        "Mong có thêm chỗ để xe."
    };

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

    /** A closed campaign of interviews with {@code perUnit} responses in each agency; returns its id. */
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
        Questionnaire q = questionnaires.get(code, version);
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
        Random random = new Random(seed);
        List<Object[]> responses = new ArrayList<>();
        Map<String, Map<String, String>> answers = new HashMap<>();
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (long agency : agencyIds) {
            campaigns.insertUnit(id, agency, perUnit);
            double level = 0.72 + random.nextDouble() * 0.2;
            for (int i = 0; i < perUnit; i++) {
                String key = "demo-" + id + "-" + agency + "-" + i;
                LocalDateTime at =
                        from.plusDays(random.nextLong(days)).atTime(8 + random.nextInt(9), random.nextInt(60));
                responses.add(
                        new Object[] {key, id, agency, null, i % 10 == 0 ? "PAPER" : "INTERVIEW", Timestamp.valueOf(at)
                        });
                answers.put(key, respondent(q, level, random));
            }
        }
        store(q, id, responses, answers);
        audit.record(
                "survey_campaign",
                id,
                "CREATE",
                null,
                Map.of("title", title, "responses", responses.size(), "demo", true));
        return id;
    }

    /**
     * An open campaign drawn like any other, but without queuing its invitations in the outbox (in the demo they
     * were sent when the campaign began, before the demo existed); returns its id.
     */
    public long openCampaign(NewCampaign campaign) {
        return campaignsFacade.create(campaign, false);
    }

    /** Responses (by link) to a share of an open campaign's invitations; returns how many. */
    public int answerInvitations(long campaignId, double share, long seed) {
        Campaign c = campaigns.find(campaignId, AgencyScope.EVERYTHING).orElseThrow();
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        Random random = new Random(seed);
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> responded = new ArrayList<>();
        Map<String, Map<String, String>> answers = new HashMap<>();
        Map<Long, Double> levels = new HashMap<>();
        jdbc.query(
                "select id, agency_id, invited_at from survey_invitation where campaign_id = ? order by id",
                rs -> {
                    if (random.nextDouble() < share) {
                        String key = "demo-inv-" + rs.getLong(1);
                        LocalDateTime at = rs.getTimestamp(3).toLocalDateTime().plusHours(1 + random.nextInt(200));
                        responses.add(new Object[] {
                            key, campaignId, rs.getLong(2), rs.getLong(1), "LINK", Timestamp.valueOf(at)
                        });
                        responded.add(new Object[] {Timestamp.valueOf(at), rs.getLong(1)});
                        double level = levels.computeIfAbsent(rs.getLong(2), a -> 0.75 + random.nextDouble() * 0.18);
                        answers.put(key, respondent(q, level, random));
                    }
                },
                campaignId);
        store(q, campaignId, responses, answers);
        jdbc.batchUpdate("update survey_invitation set responded_at = ? where id = ?", responded);
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

    /** One respondent's answers: satisfied with probability {@code level} (plus a factor offset), 4–5 if so, else 1–3. */
    static Map<String, String> respondent(Questionnaire q, double level, Random random) {
        Map<String, String> a = new HashMap<>();
        boolean feedback = random.nextInt(8) == 0;
        for (Section s : q.sections()) {
            if (s.condition() != null
                    && !(feedback && "YES".equals(s.condition().equals()))) {
                continue;
            }
            double p = Math.min(0.98, level + (s.code().hashCode() % 7) / 100.0);
            int satisfied = 0;
            int valid = 0;
            for (SurveyItem item : s.items()) {
                switch (item.type()) {
                    case SATISFACTION -> {
                        if (item.role() == IndexRole.CRITERION) {
                            if (item.notApplicable()
                                    && random.nextDouble() < (item.code().equals("F2_4") ? 0.3 : 0.03)) {
                                a.put(item.code(), "NA");
                                continue;
                            }
                            int score = score(p, random);
                            valid++;
                            satisfied += score >= 4 ? 1 : 0;
                            a.put(item.code(), String.valueOf(score));
                        } else {
                            double share = valid == 0 ? p : 0.5 * p + 0.5 * satisfied / (double) valid;
                            a.put(item.code(), String.valueOf(score(share, random)));
                        }
                    }
                    case YES_NO -> a.put(item.code(), feedback ? "YES" : "NO");
                    case CATEGORICAL ->
                        a.put(
                                item.code(),
                                random.nextInt(10) == 0 && item.options().size() > 1 ? "2" : "1");
                    case EXPECTATION ->
                        a.put(item.code(), expectations(item.options().size(), random));
                    case TEXT -> {
                        if (random.nextInt(12) == 0) {
                            a.put(item.code(), COMMENTS[random.nextInt(COMMENTS.length)]);
                        }
                    }
                }
            }
        }
        return a;
    }

    private static int score(double p, Random random) {
        if (random.nextDouble() < p) {
            return random.nextDouble() < 0.45 ? 5 : 4;
        }
        double r = random.nextDouble();
        return r < 0.6 ? 3 : r < 0.9 ? 2 : 1;
    }

    private static String expectations(int options, Random random) {
        List<String> chosen = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        while (chosen.size() < n) {
            // Earlier options (information, facilities, simpler procedures, time) are chosen more often.
            String o = String.valueOf(1 + (int) Math.min(options - 1, Math.abs(random.nextGaussian()) * options / 2.2));
            if (!chosen.contains(o)) {
                chosen.add(o);
            }
        }
        return String.join(",", chosen);
    }
}
