package vn.hailong.survey;

/**
 * A satisfaction rate in percent: answers 4 or 5 ÷ valid answers, with its Wilson 95% interval.
 * {@code rate}, {@code low} and {@code high} are null when there is no valid answer.
 */
public record Rate(long satisfied, long valid, Double rate, Double low, Double high) {

    private static final double Z = 1.959964;

    public static Rate of(long satisfied, long valid) {
        if (valid == 0) {
            return new Rate(0, 0, null, null, null);
        }
        double p = (double) satisfied / valid;
        double z2 = Z * Z;
        double denominator = 1 + z2 / valid;
        double centre = (p + z2 / (2.0 * valid)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / valid + z2 / (4.0 * valid * valid)) / denominator;
        return new Rate(satisfied, valid, SurveyIndex.round(100 * p), SurveyIndex.round(100 * Math.max(0, centre - half)),
                SurveyIndex.round(100 * Math.min(1, centre + half)));
    }
}
