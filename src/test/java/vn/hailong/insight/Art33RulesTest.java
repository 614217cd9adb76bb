package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.hailong.insight.evaluation.Art33Rules;
import vn.hailong.insight.evaluation.EvaluationFacts;

/** The nine contents of Decree 118/2025 Art. 33(1) for worked dossiers, under the default and another local rule. */
class Art33RulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private final Art33Rules rules = new Art33Rules(Decree61ScoresTest.points());

    private static EvaluationFacts facts(
            String timeliness,
            int supplements,
            int otherAgencies,
            int channel,
            Integer conduct,
            Integer feedbackAnswer,
            int cases,
            int unanswered,
            int lateCases,
            Integer publicInfo,
            Integer costs,
            Integer online,
            Integer other,
            boolean onlineLate) {
        return new EvaluationFacts(
                1,
                2,
                DAY,
                timeliness,
                null,
                supplements,
                otherAgencies,
                channel,
                true,
                true,
                true,
                conduct,
                feedbackAnswer,
                cases,
                unanswered,
                lateCases,
                publicInfo,
                costs,
                online,
                other,
                onlineLate);
    }

    @Test
    void aDossierAtTheDeskWithoutAnyAnswerHasWhatHaiLongKnows() {
        // on time, one supplement request, another agency asked for documents; no rating, no feedback case
        EvaluationScore s = rules.score(facts("ON_TIME", 1, 1, 1, null, null, 0, 0, 0, null, null, null, null, false));
        assertThat(s.points()).containsExactly(1, 1, 1, 2, null, null, null, null, null);
        assertThat(letters(s)).isEqualTo("DDDCNNNNN");
        // 5 points over 4 contents with information → 5 × 18 / 8
        assertThat(s.score()).isEqualByComparingTo("11.2500");
    }

    @Test
    void anOnlineDossierNotReceivedWithinEightHoursScoresNoneForOnlineServices() {
        EvaluationScore late = rules.score(facts("EARLY", 0, 0, 2, 5, 4, 0, 0, 0, 3, 5, 5, 1, true));
        assertThat(late.points()).containsExactly(2, 2, 2, 1, 2, 2, 2, 0, 0);
        assertThat(letters(late)).isEqualTo("DDDRRRRDR");
        EvaluationScore inTime = rules.score(facts("EARLY", 0, 0, 2, 5, 4, 0, 0, 0, 3, 5, 5, 1, false));
        assertThat(inTime.points().get(7))
                .as("h from the dossier, not from the answer")
                .isEqualTo(2);
    }

    @Test
    void feedbackCasesAboutTheDossierOutrankTheAnswer() {
        assertThat(rules.score(facts("LATE", 2, 3, 1, 1, 5, 2, 1, 0, null, null, null, null, false))
                        .points())
                .containsExactly(0, 0, 0, 2, 0, null, 0, null, null);
        assertThat(rules.score(facts("LATE", 0, 0, 1, null, 5, 2, 0, 1, null, null, null, null, false))
                        .points()
                        .get(6))
                .isEqualTo(1);
        assertThat(letters(rules.score(facts("LATE", 0, 0, 1, null, 5, 2, 0, 1, null, null, null, null, false))))
                .isEqualTo("DDDCNNFNN");
    }

    @Test
    void thePointsAreTheProvincesConfiguration() {
        // a province that gives only the best answer full points and nothing for one further contact
        Art33Rules strict =
                new Art33Rules(new EvaluationPoints("5=2,4=1,3=0,2=0,1=0", "EARLY=2,ON_TIME=2,LATE=0", "2,0,0", ""));
        EvaluationScore s = strict.score(facts("ON_TIME", 1, 0, 1, 4, null, 0, 0, 0, 5, null, null, null, false));
        assertThat(s.points()).containsExactly(2, 2, 0, 2, 1, null, null, null, null);
        assertThatThrownBy(() -> new EvaluationPoints("5=3,4=2,3=1,2=0,1=0", "EARLY=2,ON_TIME=1,LATE=0", "2,1,0", ""))
                .hasMessageContaining("0..2");
        assertThatThrownBy(() -> new EvaluationPoints("5=2,4=2", "EARLY=2,ON_TIME=1,LATE=0", "2,1,0", ""))
                .hasMessageContaining("need points");
    }

    @Test
    void theRulesFollowTheDayTheDossierWasFinished() {
        assertThat(Rulebook.of(LocalDate.of(2025, 6, 30))).isEqualTo(Rulebook.DECREE_61);
        assertThat(Rulebook.of(LocalDate.of(2025, 7, 1))).isEqualTo(Rulebook.DECREE_118);
        assertThat(Rulebook.of(Period.parse("2025-Q2"))).isEqualTo(Rulebook.DECREE_61);
        assertThat(Rulebook.DECREE_118.codes()).containsExactly("a", "b", "c", "d", "dd", "e", "g", "h", "i");
        assertThat(Arrays.stream(Art33Content.values()).map(Art33Content::letter))
                .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i");
    }

    private static String letters(EvaluationScore s) {
        return s.sourceLetters();
    }
}
