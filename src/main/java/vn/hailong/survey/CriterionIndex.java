package vn.hailong.survey;

/** A criterion's index in a unit (its rate) or above units (pooled rate, or mean of the units' rates with n summed). */
public record CriterionIndex(String code, String factor, String text, Double index, long n, Double low, Double high) {
}
