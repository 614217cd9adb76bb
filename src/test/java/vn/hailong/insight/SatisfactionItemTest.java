package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A satisfaction figure carries its rate and its Wilson interval, and says nothing without answers. */
class SatisfactionItemTest {

    @Test
    void itemsCarryRateAndInterval() {
        SatisfactionItem item = SatisfactionItem.of("22-06685", "Phường Hồng Gai", 10, 8);
        assertThat(item.rate()).isEqualTo(0.8);
        assertThat(item.ciLow()).isCloseTo(0.4902, within(0.0001));
        assertThat(SatisfactionItem.of("x", "x", 0, 0).rate()).isNull();
    }
}
