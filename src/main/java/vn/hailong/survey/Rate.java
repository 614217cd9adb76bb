package vn.hailong.survey;

import vn.hailong.shared.Wilson;

/**
 * A satisfaction rate in percent: answers 4 or 5 ÷ valid answers, with its Wilson 95% interval
 * (ends rounded outwards to two decimals, so the rounded rate always lies inside).
 * {@code rate}, {@code low} and {@code high} are null when there is no valid answer.
 */
record Rate(long satisfied, long valid, Double rate, Double low, Double high) {

    public static Rate of(long satisfied, long valid) {
        if (valid == 0) {
            return new Rate(0, 0, null, null, null);
        }
        Wilson w = Wilson.of(satisfied, valid);
        return new Rate(
                satisfied,
                valid,
                SurveyIndex.round(100.0 * satisfied / valid),
                SurveyIndex.down(100 * w.low()),
                SurveyIndex.up(100 * w.high()));
    }
}
