package vn.hailong.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.hailong.survey.IndexRole;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Section;
import vn.hailong.survey.SurveyBulk;
import vn.hailong.survey.SurveyItem;

/**
 * Made-up SIPAS respondents from a seeded model: each unit has its own level, each factor a small offset, fees
 * often not applicable, about one respondent in eight gave feedback. The survey module stores them
 * ({@link SurveyBulk}).
 */
final class SurveyRespondents {

    private static final String[] COMMENTS = {
        "Cán bộ nhiệt tình, hướng dẫn rõ ràng.",
        "Nên bố trí thêm ghế ngồi chờ.",
        "Thời gian trả kết quả nhanh hơn dự kiến.",
        "Máy lấy số thứ tự hay bị lỗi.",
        "Mong có thêm chỗ để xe."
    };

    private SurveyRespondents() {}

    /** {@code perUnit} interviews (one in ten on paper) in each agency of a closed campaign, between two days. */
    static List<SurveyBulk.Response> interviews(
            Questionnaire q,
            long campaignId,
            List<Long> agencyIds,
            LocalDate from,
            LocalDate to,
            int perUnit,
            long seed) {
        Random random = new Random(seed);
        List<SurveyBulk.Response> responses = new ArrayList<>();
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (long agency : agencyIds) {
            double level = 0.72 + random.nextDouble() * 0.2;
            for (int i = 0; i < perUnit; i++) {
                String key = "demo-" + campaignId + "-" + agency + "-" + i;
                LocalDateTime at =
                        from.plusDays(random.nextLong(days)).atTime(8 + random.nextInt(9), random.nextInt(60));
                String channel = i % 10 == 0 ? "PAPER" : "INTERVIEW";
                responses.add(new SurveyBulk.Response(key, agency, null, channel, at, respondent(q, level, random)));
            }
        }
        return responses;
    }

    /** Answers (by link) to a share of an open campaign's invitations. */
    static List<SurveyBulk.Response> answers(
            Questionnaire q, List<SurveyBulk.Invited> invitations, double share, long seed) {
        Random random = new Random(seed);
        List<SurveyBulk.Response> responses = new ArrayList<>();
        Map<Long, Double> levels = new HashMap<>();
        for (SurveyBulk.Invited inv : invitations) {
            if (random.nextDouble() < share) {
                String key = "demo-inv-" + inv.id();
                LocalDateTime at = inv.invitedAt().plusHours(1 + random.nextInt(200));
                double level = levels.computeIfAbsent(inv.agencyId(), a -> 0.75 + random.nextDouble() * 0.18);
                responses.add(new SurveyBulk.Response(
                        key, inv.agencyId(), inv.id(), "LINK", at, respondent(q, level, random)));
            }
        }
        return responses;
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
