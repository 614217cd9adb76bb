package vn.hailong.insight;

import vn.hailong.shared.Wilson;

/**
 * The sums behind counter ratings' satisfaction, a ratio estimator over ratings (docs/statistics.md, "Counter
 * ratings"): {@code rated} ratings with a valid answer; per rating {@code m} valid answers (1..5) and {@code y}
 * satisfied ones (4..5); {@code sm} = Σm, {@code sy} = Σy, {@code syy} = Σy², {@code smm} = Σm², {@code sym} = Σym.
 * Additive: the sums of two groups are the sums of their union.
 *
 * <p>Point R = Σy ÷ Σm. Variance (Taylor linearisation, ratings as the sampling units, with replacement):
 * v = r/(r − 1) · (Σy² − 2RΣym + R²Σm²) ÷ (Σm)². Interval: Wilson's at the Korn–Graubard effective sample size
 * n* = R(1 − R) ÷ v, at most Σm (the answers as if independent), Σm when v = 0 or when every rating gave a
 * single answer (one item: the answers are then independent draws, and the interval is Wilson's on them).
 */
public record RatingSums(long rated, long sm, long sy, long syy, long smm, long sym) {

    public static final RatingSums NONE = new RatingSums(0, 0, 0, 0, 0, 0);

    /** The sums of {@code n} answers of which {@code satisfied}, each answer its own rating (one item). */
    public static RatingSums ofAnswers(long n, long satisfied) {
        return new RatingSums(n, n, satisfied, satisfied, n, satisfied);
    }

    public RatingSums plus(RatingSums o) {
        return new RatingSums(rated + o.rated, sm + o.sm, sy + o.sy, syy + o.syy, smm + o.smm, sym + o.sym);
    }

    /** R, or null without a valid answer. */
    public Double rate() {
        return sm == 0 ? null : (double) sy / sm;
    }

    /** The linearised variance of R (0 with fewer than two ratings). */
    public double variance() {
        if (sm == 0 || rated < 2) {
            return 0;
        }
        double r = (double) sy / sm;
        double squares = syy - 2 * r * sym + r * r * smm;
        return Math.max(0, (double) rated / (rated - 1) * squares / ((double) sm * sm));
    }

    /** Korn and Graubard's effective sample size: R(1 − R) ÷ v, within 0..Σm; Σm when v is 0. */
    public double effectiveN() {
        if (sm == 0) {
            return 0;
        }
        if (smm == sm) {
            // every rating gave one answer (one item): independent draws, Wilson's on the answers
            return sm;
        }
        double r = (double) sy / sm;
        double v = variance();
        if (v <= 0 || r <= 0 || r >= 1) {
            return sm;
        }
        return Math.min(sm, r * (1 - r) / v);
    }

    /** Wilson's 95% interval at the effective sample size; (0, 1) without a valid answer. */
    public Wilson interval() {
        return sm == 0 ? new Wilson(0, 1) : Wilson.ofShare((double) sy / sm, effectiveN());
    }
}
