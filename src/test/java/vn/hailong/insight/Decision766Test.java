package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decision 766 points worked by hand. */
class Decision766Test {

    @Test
    void progressAndSatisfactionPoints() {
        // 10 finished: 5 early, 3 on time, 2 late; 1 with a complaint → progress 80% = 16 points;
        // satisfaction 100% − (20% + 10%) = 70% → 18 × 70 / 90 = 14 points
        Decision766 d = Decision766.of("u", "U", 5, 3, 2, 1);
        assertThat(d.finished()).isEqualTo(10);
        assertThat(d.progressPoints()).isEqualTo(16.0);
        assertThat(d.satisfaction()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(d.satisfactionPoints()).isEqualTo(14.0);
        // 95 finished, 5 late, 4 complained: 90.5% → the full 18 points; one more complaint: 89.5% → 18 × 89.47 / 90
        assertThat(Decision766.of("u", "U", 90, 0, 5, 4).satisfactionPoints()).isEqualTo(18.0);
        assertThat(Decision766.of("u", "U", 90, 0, 5, 5).satisfactionPoints()).isEqualTo(17.89);
        assertThat(Decision766.of("u", "U", 100, 0, 0, 0).progressPoints()).isEqualTo(20.0);
        // nothing finished: no value, no points
        Decision766 none = Decision766.of("u", "U", 0, 0, 0, 0);
        assertThat(none.progress()).isNull();
        assertThat(none.satisfactionPoints()).isZero();
        // every dossier late and complained about: never below zero
        assertThat(Decision766.of("u", "U", 0, 0, 4, 4).satisfactionPoints()).isZero();
    }
}
