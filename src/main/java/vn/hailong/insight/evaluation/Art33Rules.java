package vn.hailong.insight.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hailong.insight.EvaluationPoints;
import vn.hailong.insight.EvaluationScore;
import vn.hailong.insight.EvaluationSource;

/**
 * The citizen's nine contents of Decree 118/2025/NĐ-CP Art. 33(1) for one finished dossier, each from the dossier's
 * data where HaiLong can know it and from the citizen's answers otherwise, with its source; the points are the
 * province's local rule ({@link EvaluationPoints}).
 * <ol>
 * <li>a) time: the dossier's timeliness against the statutory due date (an apology's new date does not help);</li>
 * <li>b) agencies: other agencies that asked for documents (none, one, more);</li>
 * <li>c) contacts: supplement requests (none, one, more);</li>
 * <li>d) published information: the citizen's answer; without one, the catalogue (active with its documents listed,
 * active without them, withdrawn);</li>
 * <li>đ) attitude: the citizen's answer;</li>
 * <li>e) lawfulness of the result and its costs: the citizen's answer (HaiLong does not know costs outside the law);</li>
 * <li>g) explanations to feedback: the feedback cases about the dossier (all in time, one late, one unanswered);
 * without a case the citizen's answer;</li>
 * <li>h) online services: for an online dossier its timeliness, none when it was not received within 8 working hours
 * (Art. 17(2)); other channels the citizen's answer, if any;</li>
 * <li>i) other: the citizen's answer.</li>
 * </ol>
 */
@Component
public class Art33Rules {

    private final EvaluationPoints points;

    public Art33Rules(EvaluationPoints points) {
        this.points = points;
    }

    public EvaluationScore score(EvaluationFacts f) {
        List<Integer> p = new ArrayList<>();
        List<EvaluationSource> s = new ArrayList<>();
        Integer time = points.timeliness(f.timeliness());
        add(p, s, time, EvaluationSource.DOSSIER);
        add(p, s, points.count(f.otherAgencies()), EvaluationSource.DOSSIER);
        add(p, s, points.count(f.supplements()), EvaluationSource.DOSSIER);
        if (f.publicInfo() != null) {
            add(p, s, points.answer(f.publicInfo()), EvaluationSource.RATING);
        } else {
            add(p, s, !f.procedureActive() ? 0 : f.documentsListed() ? 2 : 1, EvaluationSource.CATALOG);
        }
        add(p, s, points.answer(f.conduct()), EvaluationSource.RATING);
        add(p, s, points.answer(f.costs()), EvaluationSource.RATING);
        if (f.cases() > 0) {
            add(p, s, f.unanswered() > 0 ? 0 : f.lateCases() > 0 ? 1 : 2, EvaluationSource.FEEDBACK);
        } else {
            add(p, s, points.answer(f.feedbackAnswer()), EvaluationSource.RATING);
        }
        if (f.channel() == 2) {
            add(p, s, f.onlineLate() ? Integer.valueOf(0) : time, EvaluationSource.DOSSIER);
        } else {
            add(p, s, points.answer(f.online()), EvaluationSource.RATING);
        }
        add(p, s, points.answer(f.other()), EvaluationSource.RATING);
        return new EvaluationScore(f.dossierId(), f.agencyId(), f.finishedOn(), p, s);
    }

    private static void add(
            List<Integer> points, List<EvaluationSource> sources, Integer value, EvaluationSource source) {
        points.add(value);
        sources.add(value == null ? EvaluationSource.NONE : source);
    }
}
