package vn.hailong.insight;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.hailong.shared.Wilson;

/**
 * Satisfaction of one group: {@code n} valid answers (1..5, "not applicable" excluded), {@code satisfied}
 * answers 4 or 5, {@code rate} = satisfied / n and its 95% interval (all as fractions 0..1; rate is null when
 * n is 0). The interval belongs to the estimator (docs/statistics.md, "Counter ratings"): a ratio over
 * {@code ratings} (the sampling units: one person's answers are correlated), Wilson's at {@code effectiveN}.
 * Over one item each rating gives one answer, and the interval is Wilson's on the answers.
 */
public record SatisfactionItem(
        String key,
        String label,
        long n,
        long satisfied,
        Double rate,
        double ciLow,
        double ciHigh,
        long ratings,
        double effectiveN,
        @JsonIgnore RatingSums sums) {

    /** {@code n} answers, each its own rating (one item, or figures that are not counter ratings). */
    public static SatisfactionItem of(String key, String label, long n, long satisfied) {
        return of(key, label, RatingSums.ofAnswers(n, satisfied));
    }

    /** The ratio estimator over ratings with its interval. */
    public static SatisfactionItem of(String key, String label, RatingSums s) {
        Wilson w = s.interval();
        return new SatisfactionItem(
                key, label, s.sm(), s.sy(), s.rate(), w.low(), w.high(), s.rated(), s.effectiveN(), s);
    }

    /** The same figure under another label (e.g. a channel's name in a report's language). */
    public SatisfactionItem relabelled(String newLabel) {
        return of(key, newLabel, sums);
    }

    /** The figure of the groups together: their per-rating sums add up, so the interval is the estimator's over all. */
    public static SatisfactionItem total(String key, String label, java.util.List<SatisfactionItem> items) {
        return of(key, label, items.stream().map(SatisfactionItem::sums).reduce(RatingSums.NONE, RatingSums::plus));
    }
}
