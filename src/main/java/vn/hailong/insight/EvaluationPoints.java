package vn.hailong.insight;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The province's <b>local rule</b> that turns the Art. 33 contents into points: Decree 118/2025/NĐ-CP sets no points,
 * totals or bands, so every number here is configuration ({@code hailong.insight.evaluation.*}) and is shown as the
 * province's rule, never as the decree's. Defaults: a 1..5 answer 4–5 → 2, 3 → 1, 1–2 → 0; early 2, on time 1, late 0;
 * no further contact or agency 2, one 1, more 0 (nine contents × 2 = 18 points).
 */
@Component
public class EvaluationPoints {

    private final Map<Integer, Integer> answer;
    private final Map<String, Integer> timeliness;
    private final int[] count;
    private final String ruleName;

    @org.springframework.beans.factory.annotation.Autowired
    EvaluationPoints(InsightProperties properties) {
        this(
                properties.evaluation().answerPoints(),
                properties.evaluation().timelinessPoints(),
                properties.evaluation().countPoints(),
                properties.evaluation().ruleName() == null
                        ? ""
                        : properties.evaluation().ruleName());
    }

    EvaluationPoints(String answer, String timeliness, String count, String ruleName) {
        this.answer = new HashMap<>();
        pairs(answer).forEach((k, v) -> this.answer.put(Integer.parseInt(k), v));
        this.timeliness = pairs(timeliness);
        String[] c = count.split(",");
        if (c.length != 3) {
            throw new IllegalArgumentException(
                    "hailong.insight.evaluation.count-points needs three values (none, one, more): " + count);
        }
        this.count = new int[] {points(c[0]), points(c[1]), points(c[2])};
        if (this.answer.keySet().size() != 5
                || !this.timeliness.keySet().containsAll(java.util.List.of("EARLY", "ON_TIME", "LATE"))) {
            throw new IllegalArgumentException(
                    "hailong.insight.evaluation: every answer 1..5 and EARLY, ON_TIME, LATE need points");
        }
        this.ruleName = ruleName == null ? "" : ruleName.trim();
    }

    /** A 1..5 answer's points; none → null. */
    public Integer answer(Integer score) {
        return score == null ? null : answer.get(score);
    }

    /** EARLY / ON_TIME / LATE → points; anything else → null. */
    public Integer timeliness(String t) {
        return t == null ? null : timeliness.get(t);
    }

    /** No further contact (agency) → first value, one → second, more → third. */
    public int count(int n) {
        return n <= 0 ? count[0] : n == 1 ? count[1] : count[2];
    }

    /** The name of the province's rule (its decision) when configured, else blank: pages then say "local rule". */
    public String ruleName() {
        return ruleName;
    }

    private static Map<String, Integer> pairs(String config) {
        Map<String, Integer> out = new HashMap<>();
        for (String part : config.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("hailong.insight.evaluation: '" + part + "' is not like KEY=points");
            }
            out.put(kv[0].trim(), points(kv[1]));
        }
        return out;
    }

    private static int points(String v) {
        int p = Integer.parseInt(v.trim());
        if (p < 0 || p > 2) {
            throw new IllegalArgumentException("hailong.insight.evaluation: points are 0..2, not " + v);
        }
        return p;
    }
}
