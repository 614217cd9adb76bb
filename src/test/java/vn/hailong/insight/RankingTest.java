package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.InvalidInputException;

/** Ranking rules with numbers worked by hand; minimum n = 10. */
class RankingTest {

    @Test
    void ranksOnlyEnoughAnswersInBandsOfOverlappingIntervals() {
        List<Ranking.Score> now = List.of(
                new Ranking.Score("A", "An", 50, 45), // 0.90, Wilson 0.7864–0.9565
                new Ranking.Score("B", "Bình", 10, 9), // 0.90, 0.5958–0.9821, exactly the minimum
                new Ranking.Score("C", "Cường", 100, 95), // 0.95, 0.8882–0.9785: the leader
                new Ranking.Score("D", "Đông", 5, 5), // 1.00 but only 5 answers
                new Ranking.Score("E", "Em", 50, 40)); // 0.80, 0.6696–0.8876: below C's 0.8882, so band 2
        List<Ranking.Score> before = List.of(
                new Ranking.Score("A", "An", 50, 50), // 1.00, 0.9287–1: band 1
                new Ranking.Score("C", "Cường", 40, 36), // 0.90, high 0.9604 ≥ 0.9287: band 1
                new Ranking.Score("E", "Em", 10, 7), // 0.70, high 0.8922: band 2
                new Ranking.Score("B", "Bình", 3, 3)); // too few → unranked
        List<RankingEntry> ranked = Ranking.rank(now, before, 10);
        // Band 1 = C and every interval reaching C's low end 0.8882 (A, B); within a band by value, then name.
        assertThat(ranked)
                .extracting(
                        RankingEntry::key,
                        RankingEntry::rank,
                        RankingEntry::previousRank,
                        RankingEntry::movement,
                        RankingEntry::enough)
                .containsExactly(
                        tuple("C", 1, 1, 0, true),
                        tuple("A", 1, 1, 0, true),
                        tuple("B", 1, null, null, true),
                        tuple("E", 2, 2, 0, true),
                        tuple("D", null, null, null, false));
        assertThat(ranked.get(4).value()).isEqualTo(1.0);
    }

    @Test
    void unitsFourHundredthsApartShareABand() {
        // 0.900 (0.8798–0.9171) and 0.896 (high 0.9134) overlap: one band, not ranks 1 and 2; 0.700 (high 0.7276) is
        // band 2.
        assertThat(Ranking.rank(
                        List.of(
                                new Ranking.Score("X", "X", 1000, 900),
                                new Ranking.Score("Y", "Y", 1000, 896),
                                new Ranking.Score("Z", "Z", 1000, 700)),
                        List.of(),
                        30))
                .extracting(RankingEntry::key, RankingEntry::rank)
                .containsExactly(tuple("X", 1), tuple("Y", 1), tuple("Z", 2));
    }

    @Test
    void movementOnlyBeyondNoise() {
        List<Ranking.Score> before = List.of(
                new Ranking.Score("P", "P", 100, 95), // 0.95, low 0.8882: band 1 alone
                new Ranking.Score("Y", "Y", 30, 20), // 0.667, 0.4878–0.8077: leads band 2
                new Ranking.Score("X", "X", 100, 60), // 0.60, high 0.6906 ≥ 0.4878: band 2
                new Ranking.Score("Z", "Z", 100, 30)); // 0.30, high 0.3958: band 3
        List<Ranking.Score> now = List.of(
                new Ranking.Score("P", "P", 100, 80), // 0.80, 0.7112–0.8666: leads band 1
                new Ranking.Score("X", "X", 100, 80), // 0.80: band 1
                new Ranking.Score("Y", "Y", 30, 24), // 0.80, 0.6269–0.9049: band 1
                new Ranking.Score("Z", "Z", 100, 30)); // 0.30: band 2
        // X: 0.60 → 0.80; Newcombe's interval for the difference: 0.20 − √((0.80 − 0.7112)² + (0.6906 − 0.60)²) = 0.073
        // > 0 → ▲1.
        // Y: 0.667 → 0.80; 0.133 − √((0.80 − 0.6269)² + (0.8077 − 0.667)²) = −0.09 holds 0 → within noise, shown as 0.
        // Z: same value, band 3 → 2 only because others moved → 0.
        assertThat(Ranking.rank(now, before, 30))
                .extracting(RankingEntry::key, RankingEntry::rank, RankingEntry::previousRank, RankingEntry::movement)
                .containsExactly(tuple("P", 1, 1, 0), tuple("X", 1, 2, 1), tuple("Y", 1, 2, 0), tuple("Z", 2, 3, 0));
    }

    @Test
    void aSingleUnitWithEnoughAnswersIsNotRanked() {
        assertThat(Ranking.rank(
                        List.of(new Ranking.Score("A", "An", 40, 38), new Ranking.Score("B", "Bình", 3, 3)),
                        List.of(),
                        30))
                .extracting(RankingEntry::key, RankingEntry::rank, RankingEntry::enough)
                .containsExactly(tuple("A", null, true), tuple("B", null, false));
    }

    @Test
    void nobodyWithoutAnswersIsRanked() {
        assertThat(Ranking.rank(List.of(new Ranking.Score("A", "An", 0, 0)), List.of(), 0))
                .extracting(RankingEntry::rank, RankingEntry::value)
                .containsExactly(tuple(null, null));
    }

    @Test
    void periodsAndTheirPredecessors() {
        assertThat(Period.parse("2026-10"))
                .isEqualTo(new Period("2026-10", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(Period.parse("2026-01").previous().key()).isEqualTo("2025-12");
        assertThat(Period.parse("2026-q1"))
                .isEqualTo(new Period("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Period.parse("2026-Q1").previous()).isEqualTo(Period.parse("2025-Q4"));
        assertThat(Period.parse("2026").previous().to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10))
                        .previous())
                .extracting(Period::from, Period::to)
                .containsExactly(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("2026-13"))
                .isInstanceOf(InvalidInputException.class);
    }
}
