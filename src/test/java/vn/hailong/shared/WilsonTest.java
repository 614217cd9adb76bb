package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson 95% intervals worked by hand: centre p + z²/2n, spread z·√(p(1−p)/n + z²/4n²), both ÷ (1 + z²/n). */
class WilsonTest {

    @Test
    void eightOfTen() {
        // p = 0.8, z² = 3.8415: centre 0.99207, spread 0.31362, denominator 1.38415
        Wilson w = Wilson.of(8, 10);
        assertThat(w.low()).isCloseTo(0.4902, within(0.0001));
        assertThat(w.high()).isCloseTo(0.9433, within(0.0001));
    }

    @Test
    void noneAndAllOfTenStayInsideZeroToOne() {
        assertThat(Wilson.of(0, 10).low()).isEqualTo(0);
        assertThat(Wilson.of(0, 10).high()).isCloseTo(0.2775, within(0.0001));
        assertThat(Wilson.of(10, 10).low()).isCloseTo(0.7225, within(0.0001));
        assertThat(Wilson.of(10, 10).high()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theIntervalAlwaysHoldsTheRate() {
        // floating point once gave 0.9999999999999998 as the upper bound of an all-satisfied unit (n = 3)
        for (long n = 1; n <= 5_000; n++) {
            for (long k : new long[] {0, 1, n / 2, n - 1, n}) {
                Wilson w = Wilson.of(k, n);
                double p = (double) k / n;
                assertThat(w.low()).as("%d of %d", k, n).isLessThanOrEqualTo(p).isGreaterThanOrEqualTo(0);
                assertThat(w.high())
                        .as("%d of %d", k, n)
                        .isGreaterThanOrEqualTo(p)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void largeSamplesNarrowAroundTheRate() {
        // 950 of 1000: p = 0.95, interval about 0.9346 .. 0.9619
        Wilson w = Wilson.of(950, 1000);
        assertThat(w.low()).isCloseTo(0.9346, within(0.0001));
        assertThat(w.high()).isCloseTo(0.9619, within(0.0001));
    }

    @Test
    void noAnswersSaysNothing() {
        assertThat(Wilson.of(0, 0)).isEqualTo(new Wilson(0, 1));
        assertThatThrownBy(() -> Wilson.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
