package vn.hailong.survey;

/**
 * A criterion's index in a unit (its rate: {@code satisfied} of {@code n} valid answers) or above units (pooled rate, or
 * mean of the units' rates with n summed and {@code satisfied} null), with its 95% interval and the effective sample
 * size that interval uses (n itself for a rate; see docs/statistics.md).
 */
record CriterionIndex(
        String code,
        String factor,
        String text,
        Double index,
        long n,
        Double low,
        Double high,
        Long satisfied,
        Double effectiveN) {}
