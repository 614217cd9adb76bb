package vn.hailong.insight.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.hailong.insight.EvaluationScore;
import vn.hailong.insight.EvaluationSource;

/**
 * The rubric that turns a dossier's facts into the nine indicators' points (Decree 61/2018 Art. 31; the
 * timeliness ones score 2 early / 1 on time / 0 late, the others 2 / 1 / 0 as the ND61-9 questionnaire's options
 * say; the rubric itself is unconfirmed):
 * <ol>
 * <li>total time: the dossier's timeliness against the statutory due date;</li>
 * <li>each agency's time: the worst of its processing steps, or the total when it has none;</li>
 * <li>contacts to complete the dossier: no supplement request 2, one 1, more 0;</li>
 * <li>agencies contacted: its own only 2, one more (that asked for documents) 1, more 0;</li>
 * <li>one-stop desk: received at a desk or online 2, by an officer not at a desk 1, unknown: not computable;</li>
 * <li>public listing: an active catalogue procedure with its documents listed 2, without them 1, inactive 0;</li>
 * <li>officer attitude: the rating's CONDUCT answer 4–5 → 2, 3 → 1, 1–2 → 0; no rating: not computable;</li>
 * <li>feedback handling: its feedback cases all handled in time 2, one late 1, one unanswered 0; without a case the
 * rating's FEEDBACK answer as in 7; neither: not computable;</li>
 * <li>online service: for online dossiers their progress (as 1); other channels: not computable.</li>
 * </ol>
 */
public final class Decree61Rules {

    private Decree61Rules() {}

    public static EvaluationScore score(EvaluationFacts f) {
        List<Integer> p = new ArrayList<>();
        List<EvaluationSource> s = new ArrayList<>();
        Integer total = timeliness(f.timeliness());
        add(p, s, total, EvaluationSource.DOSSIER);
        add(p, s, f.worstStep() == null ? total : timeliness(f.worstStep()), EvaluationSource.DOSSIER);
        add(p, s, count(f.supplements()), EvaluationSource.DOSSIER);
        add(p, s, count(f.otherAgencies()), EvaluationSource.DOSSIER);
        add(p, s, oneStop(f), EvaluationSource.DOSSIER);
        add(p, s, !f.procedureActive() ? 0 : f.documentsListed() ? 2 : 1, EvaluationSource.CATALOG);
        add(p, s, answer(f.conduct()), EvaluationSource.RATING);
        if (f.cases() > 0) {
            add(p, s, f.unanswered() > 0 ? 0 : f.lateCases() > 0 ? 1 : 2, EvaluationSource.FEEDBACK);
        } else {
            add(p, s, answer(f.feedbackAnswer()), EvaluationSource.RATING);
        }
        add(p, s, f.channel() == 2 ? total : null, EvaluationSource.DOSSIER);
        return new EvaluationScore(f.dossierId(), f.agencyId(), f.finishedOn(), p, s);
    }

    /** Received at a desk (or by its officer) or online 2, by an officer not at a desk 1, otherwise unknown. */
    public static Integer oneStop(EvaluationFacts f) {
        if (f.atDesk() != null) {
            return f.atDesk() ? 2 : 1;
        }
        return f.channel() == 2 ? Integer.valueOf(2) : null;
    }

    /** Early 2, on time 1, late 0. */
    public static Integer timeliness(String t) {
        return switch (t == null ? "" : t) {
            case "EARLY" -> 2;
            case "ON_TIME" -> 1;
            case "LATE" -> 0;
            default -> null;
        };
    }

    /** None 2, one 1, more 0. */
    public static int count(int n) {
        return n <= 0 ? 2 : n == 1 ? 1 : 0;
    }

    /** A 1..5 answer: 4–5 → 2, 3 → 1, 1–2 → 0; none → null. */
    public static Integer answer(Integer score) {
        return score == null ? null : score >= 4 ? 2 : score == 3 ? 1 : 0;
    }

    private static void add(
            List<Integer> points, List<EvaluationSource> sources, Integer value, EvaluationSource source) {
        points.add(value);
        sources.add(value == null ? EvaluationSource.NONE : source);
    }
}
