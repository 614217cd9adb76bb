package vn.hailong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as Vietnamese readers write them: "." between thousands, "," before decimals, no negative zero. */
class VnNumbersTest {

    @Test
    void thousandsPercentsAndSignedChanges() {
        assertThat(VnNumbers.number(3321L)).isEqualTo("3.321");
        assertThat(VnNumbers.percent(0.365)).isEqualTo("36,5%");
        assertThat(VnNumbers.signedDecimal(3.254)).isEqualTo("+3,25");
        assertThat(VnNumbers.signedDecimal(-1.5)).isEqualTo("-1,50");
        assertThat(VnNumbers.signedDecimal(-0.004)).as("no negative zero").isEqualTo("0,00");
        assertThat(VnNumbers.signedDecimal(-0.0)).isEqualTo("0,00");
        assertThat(VnNumbers.signedDecimal(null)).isEqualTo("—");
    }
}
