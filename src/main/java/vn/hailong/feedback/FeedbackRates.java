package vn.hailong.feedback;

/**
 * How feedback was handled in a period (spam left out): what SIPAS factor 5 and Decision 766 items 5.2 and 5.3
 * look at — cases received, answered, answered on time, and the citizens' verdicts on the answers.
 */
public record FeedbackRates(long received, long answered, long answeredOnTime, long satisfied, long notSatisfied) {

    /** Share of answered cases answered by their resolve date, in percent (null without answers). */
    public Double onTimePercent() {
        return answered == 0 ? null : Math.round(1000.0 * answeredOnTime / answered) / 10.0;
    }

    /** Share of verdicts that were "satisfied", in percent (null without verdicts). */
    public Double satisfiedPercent() {
        long verdicts = satisfied + notSatisfied;
        return verdicts == 0 ? null : Math.round(1000.0 * satisfied / verdicts) / 10.0;
    }
}
