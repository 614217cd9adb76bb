package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hailong.insight.evaluation.Decree61Rules;
import vn.hailong.insight.evaluation.EvaluationFacts;

/** The Decree 61 rubric: each indicator from its source, "not computable" rather than invented, the score scaled to 18. */
class Decree61RulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 3);

    /** An in-person dossier received at a desk, early, no supplement, listed procedure, no rating, no case. */
    private static EvaluationFacts plain() {
        return new EvaluationFacts(1, 2, DAY, "EARLY", null, 0, 0, 1, true, true, true, null, null, 0, 0, 0);
    }

    @Test
    void aPlainEarlyDossierWithoutRatingHasSixComputableIndicatorsAndFullMarks() {
        EvaluationScore s = Decree61Rules.score(plain());
        assertThat(s.points()).containsExactly(2, 2, 2, 2, 2, 2, null, null, null);
        assertThat(s.sources())
                .containsExactly(
                        EvaluationSource.DOSSIER,
                        EvaluationSource.DOSSIER,
                        EvaluationSource.DOSSIER,
                        EvaluationSource.DOSSIER,
                        EvaluationSource.DOSSIER,
                        EvaluationSource.CATALOG,
                        EvaluationSource.NONE,
                        EvaluationSource.NONE,
                        EvaluationSource.NONE);
        assertThat(s.computable()).isEqualTo(6);
        assertThat(s.score()).isEqualByComparingTo("18");
    }

    @ParameterizedTest(name = "timeliness {0}, worst step {1} → {2}, {3}")
    @CsvSource({"EARLY,,2,2", "ON_TIME,,1,1", "LATE,,0,0", "EARLY,LATE,2,0", "EARLY,ON_TIME,2,1", "ON_TIME,EARLY,1,2"})
    void timeFromTheDossierAndItsWorstStep(String timeliness, String worstStep, int total, int step) {
        EvaluationScore s = Decree61Rules.score(
                new EvaluationFacts(1, 2, DAY, timeliness, worstStep, 0, 0, 1, true, true, true, null, null, 0, 0, 0));
        assertThat(s.points().subList(0, 2)).containsExactly(total, step);
    }

    @ParameterizedTest(name = "{0} supplement requests → {1}; {0} other agencies → {1}")
    @CsvSource({"0,2", "1,1", "2,0", "5,0"})
    void contactsAndAgencies(int n, int points) {
        EvaluationScore s = Decree61Rules.score(
                new EvaluationFacts(1, 2, DAY, "EARLY", null, n, n, 1, true, true, true, null, null, 0, 0, 0));
        assertThat(s.points().get(2)).isEqualTo(points);
        assertThat(s.points().get(3)).isEqualTo(points);
    }

    @Test
    void oneStopDeskFromTheReceptionAndOnlineServiceOnlyForOnlineDossiers() {
        assertThat(Decree61Rules.score(facts(1, false, "ON_TIME")).points().get(4))
                .isEqualTo(1);
        assertThat(Decree61Rules.score(facts(1, null, "ON_TIME")).points().get(4))
                .isNull();
        EvaluationScore online = Decree61Rules.score(facts(2, null, "LATE"));
        assertThat(online.points().get(4)).isEqualTo(2);
        assertThat(online.points().get(8)).isZero();
        assertThat(online.sources().get(8)).isEqualTo(EvaluationSource.DOSSIER);
        assertThat(Decree61Rules.score(facts(3, null, "EARLY")).sources().get(8))
                .isEqualTo(EvaluationSource.NONE);
    }

    @Test
    void publicListingFromTheCatalogue() {
        assertThat(Decree61Rules.score(new EvaluationFacts(
                                1, 2, DAY, "EARLY", null, 0, 0, 1, true, true, false, null, null, 0, 0, 0))
                        .points()
                        .get(5))
                .isEqualTo(1);
        assertThat(Decree61Rules.score(new EvaluationFacts(
                                1, 2, DAY, "EARLY", null, 0, 0, 1, true, false, true, null, null, 0, 0, 0))
                        .points()
                        .get(5))
                .isZero();
    }

    @ParameterizedTest(name = "answer {0} → {1}")
    @CsvSource({"5,2", "4,2", "3,1", "2,0", "1,0"})
    void attitudeAndFeedbackFromTheRating(int answer, int points) {
        EvaluationScore s = Decree61Rules.score(
                new EvaluationFacts(1, 2, DAY, "EARLY", null, 0, 0, 1, true, true, true, answer, answer, 0, 0, 0));
        assertThat(s.points().subList(6, 8)).containsExactly(points, points);
        assertThat(s.sources().subList(6, 8)).containsOnly(EvaluationSource.RATING);
    }

    @ParameterizedTest(name = "{0} cases, {1} unanswered, {2} late → {3}")
    @CsvSource({"1,0,0,2", "2,0,1,1", "2,1,0,0", "3,1,1,0"})
    void feedbackCasesOutweighTheRatingsAnswer(int cases, int unanswered, int late, int points) {
        EvaluationScore s = Decree61Rules.score(new EvaluationFacts(
                1, 2, DAY, "EARLY", null, 0, 0, 1, true, true, true, 5, 5, cases, unanswered, late));
        assertThat(s.points().get(7)).isEqualTo(points);
        assertThat(s.sources().get(7)).isEqualTo(EvaluationSource.FEEDBACK);
    }

    @Test
    void theScoreIsScaledOverTheComputableIndicators() {
        // late, one supplement, rating 3: 0+0+1+2+2+2 + 1 (attitude) + 1 (feedback answer) = 9 of 8 computable → 9 × 9
        // / 8
        EvaluationScore s = Decree61Rules.score(
                new EvaluationFacts(1, 2, DAY, "LATE", null, 1, 0, 1, true, true, true, 3, 3, 0, 0, 0));
        assertThat(s.total()).isEqualTo(9);
        assertThat(s.computable()).isEqualTo(8);
        assertThat(s.score()).isEqualTo(new BigDecimal("10.1250"));
        assertThat(s.sourceLetters()).isEqualTo("DDDDDCRRN");
    }

    @Test
    void bandsFromConfigurationWithTheirOperators() {
        EvaluationBands bands = new EvaluationBands(">15,>=12,>=9,>=6");
        assertThat(Arrays.asList(18.0, 15.01, 15.0, 12.0, 11.99, 9.0, 6.0, 5.99).stream()
                        .map(bands::classify)
                        .toList())
                .containsExactly(
                        EvaluationClass.EXCELLENT,
                        EvaluationClass.EXCELLENT,
                        EvaluationClass.GOOD,
                        EvaluationClass.GOOD,
                        EvaluationClass.FAIR,
                        EvaluationClass.FAIR,
                        EvaluationClass.AVERAGE,
                        EvaluationClass.WEAK);
        assertThat(bands.classify(null)).isNull();
        assertThat(new EvaluationBands(">=16, >13, >10, >7").classify(13.0)).isEqualTo(EvaluationClass.FAIR);
        assertThatThrownBy(() -> new EvaluationBands(">15,>=12,>=9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBands(">15,>=12,>=13,>=6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBands("15,12,9,6")).isInstanceOf(IllegalArgumentException.class);
    }

    private static EvaluationFacts facts(int channel, Boolean atDesk, String timeliness) {
        return new EvaluationFacts(1, 2, DAY, timeliness, null, 0, 0, channel, atDesk, true, true, null, null, 0, 0, 0);
    }
}
