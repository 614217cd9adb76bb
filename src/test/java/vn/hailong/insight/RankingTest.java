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
    void ranksOnlyEnoughAnswersWithSharedRanksAndMovement() {
        List<Ranking.Score> now = List.of(
                new Ranking.Score("A", "An", 50, 45),    // 0.90
                new Ranking.Score("B", "Bình", 10, 9),   // 0.90, exactly the minimum
                new Ranking.Score("C", "Cường", 100, 95), // 0.95
                new Ranking.Score("D", "Đông", 5, 5),    // 1.00 but only 5 answers
                new Ranking.Score("E", "Em", 50, 40));   // 0.80
        List<Ranking.Score> before = List.of(
                new Ranking.Score("A", "An", 50, 50),    // 1.00 → 1
                new Ranking.Score("C", "Cường", 40, 36), // 0.90 → 2
                new Ranking.Score("E", "Em", 10, 7),     // 0.70 → 3
                new Ranking.Score("B", "Bình", 3, 3));   // too few → unranked
        List<RankingEntry> ranked = Ranking.rank(now, before, 10);
        assertThat(ranked).extracting(RankingEntry::key, RankingEntry::rank, RankingEntry::previousRank, RankingEntry::movement,
                RankingEntry::enough).containsExactly(
                        tuple("C", 1, 2, 1, true),
                        tuple("A", 2, 1, -1, true),
                        tuple("B", 2, null, null, true),
                        tuple("E", 4, 3, -1, true),
                        tuple("D", null, null, null, false));
        assertThat(ranked.get(4).value()).isEqualTo(1.0);
    }

    @Test
    void nobodyWithoutAnswersIsRanked() {
        assertThat(Ranking.rank(List.of(new Ranking.Score("A", "An", 0, 0)), List.of(), 0))
                .extracting(RankingEntry::rank, RankingEntry::value).containsExactly(tuple(null, null));
    }

    @Test
    void periodsAndTheirPredecessors() {
        assertThat(Period.parse("2026-10")).isEqualTo(new Period("2026-10", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(Period.parse("2026-01").previous().key()).isEqualTo("2025-12");
        assertThat(Period.parse("2026-q1")).isEqualTo(new Period("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Period.parse("2026-Q1").previous()).isEqualTo(Period.parse("2025-Q4"));
        assertThat(Period.parse("2026").previous().to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)).previous())
                .extracting(Period::from, Period::to).containsExactly(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(InvalidInputException.class);
    }
}
