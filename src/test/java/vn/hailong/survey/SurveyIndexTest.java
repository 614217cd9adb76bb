package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index on a hand-made data set; every expected number is worked out by hand in the comments. */
class SurveyIndexTest {

    static final Questionnaire Q = new Questionnaire(
            "T",
            1,
            "Test",
            Questionnaire.PUBLISHED,
            "survey",
            List.of(
                    new Section(
                            "F1",
                            "Factor 1",
                            null,
                            List.of(
                                    criterion("C1"),
                                    criterion("C2"),
                                    new SurveyItem(
                                            "F1_HL", "f1", ItemType.SATISFACTION, List.of(), false, IndexRole.FACTOR))),
                    new Section("F2", "Factor 2", null, List.of(criterion("C3"))),
                    new Section(
                            "B",
                            "Overall",
                            null,
                            List.of(new SurveyItem(
                                    "HL", "overall", ItemType.SATISFACTION, List.of(), false, IndexRole.OVERALL)))));

    /** Unit 1, four respondents: C1 = 5, 4, 3, NA; C2 = 4, 2, 1, 5; C3 = 5, 5, 4, 2; F1_HL = 5, 4, 5, 5; overall item 5, 3, 4, 4. */
    static final List<Respondent> U1 =
            List.of(r(1, 5, 4, 5, 5, 5), r(1, 4, 2, 5, 4, 3), r(1, 3, 1, 4, 5, 4), r(1, null, 5, 2, 5, 4));
    /** Unit 2, two respondents: C1 = 5, 5; C2 = 1, 2; C3 = NA, 3; F1_HL = 2, 3; overall item 2, NA. */
    static final List<Respondent> U2 = List.of(r(2, 5, 1, null, 2, 2), r(2, 5, 2, 3, 3, null));

    @Test
    void unitIndex() {
        UnitIndex u1 = SurveyIndex.of(Q, 1L, "U1", U1);
        // C1: 2 of 3 valid answers are 4–5 → 66.67; C2: 2 of 4 → 50; C3: 3 of 4 → 75.
        assertThat(u1.criteria()).extracting(CriterionIndex::index).containsExactly(66.67, 50.0, 75.0);
        assertThat(u1.criteria()).extracting(CriterionIndex::n).containsExactly(3L, 4L, 4L);
        // Wilson 95% for 2 of 4: centre (0.5 + 1.9208/4) / 1.9604 = 0.5, half-width 1.96·√(0.0625 + 0.0600)/1.9604 =
        // 0.35 → 15.00–85.00.
        assertThat(u1.criteria().get(1).low()).isCloseTo(15.00, within(0.01));
        assertThat(u1.criteria().get(1).high()).isCloseTo(85.00, within(0.01));
        // F1 = (66.667 + 50) / 2 = 58.33; F2 = 75; overall = (58.33 + 75) / 2 = 66.67 (not 7 of 11 = 63.64, which
        // pooling the unit's answers would give).
        assertThat(u1.factors()).extracting(FactorIndex::index).containsExactly(58.33, 75.0);
        assertThat(u1.overall()).isEqualTo(66.67);
        // The factor's own satisfaction item: 5, 4, 5, 5 → 4 of 4; the overall item: 5, 3, 4, 4 → 3 of 4 = 75.
        assertThat(u1.factors().get(0).satisfaction().rate()).isEqualTo(100.0);
        assertThat(u1.overallSatisfaction().rate()).isEqualTo(75.0);
        assertThat(u1.respondents()).isEqualTo(4);
    }

    @Test
    void pooledAndMeanOfUnits() {
        UnitIndex u2 = SurveyIndex.of(Q, 2L, "U2", U2);
        // Unit 2: C1 2/2 = 100, C2 0/2 = 0, C3 0/1 = 0 → F1 50, F2 0, overall 25.
        assertThat(u2.factors()).extracting(FactorIndex::index).containsExactly(50.0, 0.0);
        assertThat(u2.overall()).isEqualTo(25.0);

        List<Respondent> all = new java.util.ArrayList<>(U1);
        all.addAll(U2);
        UnitIndex pooled = SurveyIndex.above(Q, "all", all, Aggregation.POOLED);
        // Pooled: C1 4 of 5 = 80; C2 2 of 6 = 33.33; C3 3 of 5 = 60 → F1 (80 + 33.333)/2 = 56.67, F2 60 → overall
        // 58.33.
        assertThat(pooled.criteria()).extracting(CriterionIndex::index).containsExactly(80.0, 33.33, 60.0);
        assertThat(pooled.criteria()).extracting(CriterionIndex::n).containsExactly(5L, 6L, 5L);
        assertThat(pooled.factors()).extracting(FactorIndex::index).containsExactly(56.67, 60.0);
        assertThat(pooled.overall()).isEqualTo(58.33);
        assertThat(pooled.respondents()).isEqualTo(6);

        UnitIndex mean = SurveyIndex.above(Q, "all", all, Aggregation.MEAN);
        // Mean of units: C1 (66.67 + 100)/2 = 83.33; C2 (50 + 0)/2 = 25; C3 (75 + 0)/2 = 37.5;
        // F1 (58.333 + 50)/2 = 54.17; F2 37.5; overall (66.667 + 25)/2 = 45.83.
        assertThat(mean.criteria()).extracting(CriterionIndex::index).containsExactly(83.33, 25.0, 37.5);
        assertThat(mean.criteria()).extracting(CriterionIndex::n).containsExactly(5L, 6L, 5L);
        assertThat(mean.factors().get(0).index()).isEqualTo(54.17);
        assertThat(mean.factors().get(1).index()).isEqualTo(37.5);
        assertThat(mean.overall()).isEqualTo(45.83);
    }

    @Test
    void eachIndexCarriesTheIntervalOfItsOwnEstimator() {
        UnitIndex u1 = SurveyIndex.of(Q, 1L, "U1", U1);
        // Influence of each respondent (Taylor linearisation, docs/statistics.md): for a rate p = Σy ÷ V, z_i = (y_i −
        // p·v_i) ÷ V.
        // C1 (y 1, 1, 0, NA; p 2/3, V 3): z = 1/9, 1/9, −2/9, 0. C2 (y 1, 0, 0, 1; p 1/2, V 4): z = 1/8, −1/8, −1/8,
        // 1/8.
        // F1 = mean of C1 and C2 = 7/12: z = (17, −1, −25, 9) ÷ 144; Σz² = 996 ÷ 20736 = 0.048032;
        // variance = n ÷ (n − 1) · Σz² = 4/3 · 0.048032 = 0.064043; effective n = p(1 − p) ÷ variance = 0.243056 ÷
        // 0.064043 = 3.7952
        // (below the 7 answers); Wilson for 0.58333 at n 3.7952 → 18.92–89.36, far wider than 7 answers taken as
        // independent.
        assertThat(u1.factors().get(0).low()).isCloseTo(18.92, within(0.01));
        assertThat(u1.factors().get(0).high()).isCloseTo(89.36, within(0.01));
        // F2 has one criterion: the mean of one index is that index, interval included (C3: 3 of 4).
        assertThat(u1.factors().get(1).low()).isEqualTo(u1.criteria().get(2).low());
        // Overall = (F1 + F2) ÷ 2 = 2/3; C3's z = (1, 1, 1, −3) ÷ 16, so z = (13, 4, −8, −9) ÷ 144, Σz² = 330 ÷ 20736;
        // variance 4/3 of that = 0.021219; effective n = (2/9) ÷ 0.021219 = 10.473 (≤ 11 answers) → Wilson 37.37–87.03.
        assertThat(u1.overallLow()).isCloseTo(37.36, within(0.01));
        assertThat(u1.overallHigh()).isCloseTo(87.03, within(0.01));
        assertThat(u1.overall()).isBetween(u1.overallLow(), u1.overallHigh());
    }

    @Test
    void noValidAnswerGivesNoIndexRatherThanZero() {
        UnitIndex empty = SurveyIndex.of(Q, 3L, "U3", List.of(r(3, null, null, null, null, null)));
        assertThat(empty.criteria()).extracting(CriterionIndex::index).containsOnlyNulls();
        assertThat(empty.overall()).isNull();
        assertThat(Rate.of(0, 0).rate()).isNull();
        // Wilson at the edge stays inside 0–100: 5 of 5 → 56.55–100.
        assertThat(Rate.of(5, 5).low()).isCloseTo(56.55, within(0.01));
        assertThat(Rate.of(5, 5).high()).isEqualTo(100.0);
    }

    static SurveyItem criterion(String code) {
        return new SurveyItem(code, code, ItemType.SATISFACTION, List.of(), true, IndexRole.CRITERION);
    }

    static Respondent r(long unit, Integer c1, Integer c2, Integer c3, Integer f1, Integer overall) {
        Map<String, Integer> scores = new HashMap<>();
        String[] codes = {"C1", "C2", "C3", "F1_HL", "HL"};
        Integer[] values = {c1, c2, c3, f1, overall};
        for (int i = 0; i < codes.length; i++) {
            scores.put(codes[i], values[i]);
        }
        return new Respondent(unit, "U" + unit, scores);
    }
}
