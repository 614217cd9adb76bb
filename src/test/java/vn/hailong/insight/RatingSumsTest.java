package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.hailong.insight.rollup.BallotRollup;
import vn.hailong.shared.Wilson;

/**
 * Counter ratings' ratio estimator (docs/statistics.md, "Counter ratings"): a hand-worked example, and random
 * groups of ratings recomputed by a second, plain implementation (each rating's influence, one at a time).
 */
class RatingSumsTest {

    /** One rating: {@code m} valid answers of which {@code y} satisfied. */
    record Rated(int m, int y) {}

    static RatingSums sums(List<Rated> ratings) {
        RatingSums s = RatingSums.NONE;
        for (Rated r : ratings) {
            s = s.plus(
                    new RatingSums(1, r.m(), r.y(), (long) r.y() * r.y(), (long) r.m() * r.m(), (long) r.y() * r.m()));
        }
        return s;
    }

    /** The second implementation: R = Σy ÷ Σm, z_i = (y_i − R·m_i) ÷ Σm, v = n/(n − 1) · Σ(z_i − z̄)². */
    static double[] plain(List<Rated> ratings) {
        double m = ratings.stream().mapToInt(Rated::m).sum();
        double y = ratings.stream().mapToInt(Rated::y).sum();
        double r = y / m;
        double[] z = ratings.stream().mapToDouble(x -> (x.y() - r * x.m()) / m).toArray();
        double mean = java.util.Arrays.stream(z).average().orElse(0);
        double squares =
                java.util.Arrays.stream(z).map(v -> (v - mean) * (v - mean)).sum();
        int n = z.length;
        return new double[] {r, n < 2 ? 0 : n / (n - 1.0) * squares};
    }

    @Test
    void aHandWorkedGroupOfFourRatings() {
        // (m, y): (2, 2), (2, 1), (1, 0), (3, 3). R = 6/8 = 0.75; y − R·m = 0.5, −0.5, −0.75, 0.75; Σ² = 1.625;
        // v = 4/3 · 1.625 ÷ 8² = 13/384; n* = 0.75 · 0.25 ÷ v = 72/13 ≈ 5.54 (of 8 answers)
        RatingSums s = sums(List.of(new Rated(2, 2), new Rated(2, 1), new Rated(1, 0), new Rated(3, 3)));
        assertThat(s).isEqualTo(new RatingSums(4, 8, 6, 14, 18, 15));
        assertThat(s.rate()).isEqualTo(0.75);
        assertThat(s.variance()).isCloseTo(13.0 / 384, within(1e-12));
        assertThat(s.effectiveN()).isCloseTo(72.0 / 13, within(1e-9));
        Wilson w = s.interval();
        Wilson expected = Wilson.ofShare(0.75, 72.0 / 13);
        assertThat(w.low()).isCloseTo(expected.low(), within(1e-12));
        assertThat(w.high()).isCloseTo(expected.high(), within(1e-12));
        // about 35,2% to 94,3%
        // narrower than nothing, wider than treating the 8 answers as independent
        assertThat(w.high() - w.low())
                .isGreaterThan(Wilson.of(6, 8).high() - Wilson.of(6, 8).low());
    }

    @Test
    void oneAnswerPerRatingIsWilsonOnTheAnswers() {
        SatisfactionItem item = SatisfactionItem.of("x", "x", 10, 8);
        assertThat(item.effectiveN()).isEqualTo(10);
        assertThat(item.ciLow()).isEqualTo(Wilson.of(8, 10).low());
        assertThat(RatingSums.NONE.rate()).isNull();
        assertThat(RatingSums.NONE.interval()).isEqualTo(new Wilson(0, 1));
    }

    @Test
    void randomGroupsAgreeWithThePlainComputationAndAddUp() {
        Random random = new Random(20);
        for (int trial = 0; trial < 500; trial++) {
            List<Rated> ratings = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            double leaning = random.nextDouble();
            for (int i = 0; i < n; i++) {
                int m = 1 + random.nextInt(8);
                // correlated answers: a rating is mostly satisfied or mostly not
                double p = random.nextDouble() < leaning ? 0.9 : 0.2;
                int y = 0;
                for (int k = 0; k < m; k++) {
                    y += random.nextDouble() < p ? 1 : 0;
                }
                ratings.add(new Rated(m, y));
            }
            RatingSums s = sums(ratings);
            double[] expected = plain(ratings);
            assertThat(s.rate()).isCloseTo(expected[0], within(1e-12));
            assertThat(s.variance()).isCloseTo(expected[1], within(1e-12));
            double r = expected[0];
            double nStar = expected[1] <= 0 || r == 0 || r == 1 ? s.sm() : Math.min(s.sm(), r * (1 - r) / expected[1]);
            assertThat(s.effectiveN()).isCloseTo(nStar, within(1e-6));
            // every published point lies inside its interval
            Wilson w = s.interval();
            assertThat(r).isBetween(w.low(), w.high());
            // additive: two halves add up to the whole
            int cut = random.nextInt(n + 1);
            assertThat(sums(ratings.subList(0, cut)).plus(sums(ratings.subList(cut, n))))
                    .isEqualTo(s);
        }
    }

    @Test
    void countedBallotSlipsAreTakenAsWhollyCorrelated() {
        // one desk, 3 items, 10 slips: 30 answers, 21 satisfied; K = 3, so n* is about the 10 slips, not 30 answers
        int[] item = {0, 1, 1, 1, 2, 5};
        var rollup = new BallotRollup(
                1,
                java.time.LocalDate.of(2026, 8, 31),
                java.util.Map.of(7L, java.util.Map.of("A", item, "B", item, "C", item)));
        RatingSums s = rollup.sums().get(7L);
        assertThat(s).isEqualTo(new RatingSums(10, 30, 21, 63, 90, 63));
        assertThat(s.effectiveN()).isCloseTo(10 * 9 / 10.0, within(1e-9));
    }
}
