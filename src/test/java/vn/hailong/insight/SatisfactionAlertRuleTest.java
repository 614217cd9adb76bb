package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A satisfaction rule alerts on a rate below its threshold, and only over enough answers. */
class SatisfactionAlertRuleTest {

    @Test
    void alertsBelowTheThresholdOverEnoughAnswers() {
        assertThat(Alerts.satisfactionBelow(40, 30, 0.9, 30)).isEqualTo(0.75);
        assertThat(Alerts.satisfactionBelow(30, 26, 0.9, 30))
                .isCloseTo(0.8667, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void saysNothingAtOrAboveTheThreshold() {
        assertThat(Alerts.satisfactionBelow(40, 36, 0.9, 30)).isNull();
        assertThat(Alerts.satisfactionBelow(40, 40, 0.9, 30)).isNull();
    }

    @Test
    void oneBadAnswerIsNotATrend() {
        assertThat(Alerts.satisfactionBelow(1, 0, 0.9, 30)).isNull();
        assertThat(Alerts.satisfactionBelow(29, 0, 0.9, 30)).isNull();
        assertThat(Alerts.satisfactionBelow(0, 0, 0.9, 0)).isNull();
        assertThat(Alerts.satisfactionBelow(1, 0, 0.9, 1)).isEqualTo(0.0);
    }
}
