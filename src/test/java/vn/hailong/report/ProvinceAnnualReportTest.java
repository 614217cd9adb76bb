package vn.hailong.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Changes in percentage points as the annual report writes them. */
class ProvinceAnnualReportTest {

    @Test
    void aChangeThatRoundsToZeroHasNoSign() {
        // −0.04 points (a fraction of −0.0004) rounds to 0.0: never "−0,0 điểm %"
        assertThat(ProvinceAnnualReport.points(-0.0004)).isEqualTo("0,0 điểm %");
        assertThat(ProvinceAnnualReport.points(0.0004)).isEqualTo("0,0 điểm %");
        assertThat(ProvinceAnnualReport.points(-0.0006)).isEqualTo("−0,1 điểm %");
        assertThat(ProvinceAnnualReport.points(0.012)).isEqualTo("+1,2 điểm %");
        assertThat(ProvinceAnnualReport.points(null)).isEqualTo("—");
    }
}
