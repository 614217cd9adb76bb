package vn.hailong.insight;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Suggests an officer's classification from the month's satisfaction and on-time rates: a class needs
 * both rates at or above its thresholds ({@code hailong.insight.classification.*}, fractions 0..1), and
 * at least {@code min-n} answers; with fewer there is no suggestion. A leader confirms or overrides it.
 */
@Component
class ClassificationRules {

    private final double[] satisfaction;
    private final double[] onTime;
    private final int minN;

    @Autowired
    ClassificationRules(InsightProperties properties) {
        this(
                properties.classification().satisfaction(),
                properties.classification().onTime(),
                properties.classificationMinN());
    }

    ClassificationRules(double[] satisfaction, double[] onTime, int minN) {
        if (satisfaction.length != 3 || onTime.length != 3) {
            throw new IllegalArgumentException(
                    "hailong.insight.classification.* needs three thresholds: excellent, good, done");
        }
        this.satisfaction = satisfaction;
        this.onTime = onTime;
        this.minN = minN;
    }

    int minN() {
        return minN;
    }

    /** Null when the month has fewer than {@code min-n} answers; an officer without finished dossiers is judged on ratings. */
    Classification suggest(SatisfactionItem s, TimelinessItem t) {
        if (s.n() < minN || s.rate() == null) {
            return null;
        }
        double time = t.onTimeRate() == null ? 1 : t.onTimeRate();
        Classification[] classes = {Classification.EXCELLENT, Classification.GOOD, Classification.DONE};
        for (int i = 0; i < 3; i++) {
            if (s.rate() >= satisfaction[i] && time >= onTime[i]) {
                return classes[i];
            }
        }
        return Classification.NOT_DONE;
    }
}
