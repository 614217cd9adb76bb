package vn.hailong.survey;

import java.util.List;

/**
 * The index of one unit (agency) or of all units together: criteria, factors, and the overall index
 * (mean of the factors), with the respondents counted and the overall satisfaction item's own rate.
 */
record UnitIndex(
        Long agencyId,
        String name,
        long respondents,
        List<CriterionIndex> criteria,
        List<FactorIndex> factors,
        Double overall,
        Double overallLow,
        Double overallHigh,
        Rate overallSatisfaction,
        Double overallEffectiveN) {}
