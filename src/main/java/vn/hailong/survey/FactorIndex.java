package vn.hailong.survey;

/**
 * A factor's index: the mean of its criteria's indices. {@code n} counts the valid criterion answers;
 * the interval (units only and pooled) is Wilson's on those answers taken together, an approximation
 * since one respondent gives several of them. {@code satisfaction} is the factor's own satisfaction item.
 */
record FactorIndex(
        String code,
        String title,
        Double index,
        long n,
        Double low,
        Double high,
        Rate satisfaction,
        Double effectiveN) {}
