package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A box's response rate is slips ÷ dossiers returned, never above 100%. */
class BallotSessionTest {

    static BallotSession counted(Integer found, Integer returned) {
        return new BallotSession(
                1,
                1,
                1,
                "UBND",
                "Sảnh",
                "2026-10",
                LocalDate.of(2026, 10, 30),
                null,
                SessionStatus.CLOSED,
                LocalDate.of(2026, 10, 30),
                "Sảnh",
                "QN-1",
                true,
                null,
                "QN-2",
                found,
                found,
                0,
                0,
                returned,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void moreSlipsThanDossiersIsFlaggedNotARate() {
        assertThat(counted(120, 160).responseRate()).isEqualTo(0.75);
        assertThat(counted(120, 160).moreSlipsThanDossiers()).isFalse();
        assertThat(counted(160, 160).responseRate()).isEqualTo(1.0);
        // 130 slips against 100 dossiers returned would read 130%: no rate, a flag to check
        assertThat(counted(130, 100).responseRate()).isNull();
        assertThat(counted(130, 100).moreSlipsThanDossiers()).isTrue();
        assertThat(counted(null, 100).responseRate()).isNull();
    }
}
