package vn.hailong.insight;

import java.util.List;
import vn.hailong.feedback.FeedbackRates;

/**
 * The Decision 766/QĐ-TTg components HaiLong's data supports, for one unit and period.
 *
 * <ul>
 *   <li>2.1 progress (20 points): dossiers processed or being processed on time over the dossiers received or handled
 *       in the period, open ones counting ({@link MeasureRepository#progress}); 2.2 the average processing time of
 *       the dossiers finished in the period, in working days of the agency's calendar.
 *   <li>5.2 feedback handled on time and 5.3 satisfaction with the handling, from HaiLong's feedback cases received
 *       in the period (percentages beside 5.4; how 766 weighs them within the 18 points is not in the texts at hand,
 *       so the points come from 5.4 alone: {@link #APPROXIMATE}).
 *   <li>5.4 satisfaction in receiving and resolving: 100% − (late rate + share of finished dossiers with a complaint
 *       or a negative rating); 18 points at ≥ 90%, linear below.
 * </ul>
 *
 * {@link #NOT_COMPUTABLE} names the components this data cannot give.
 */
public record Decision766(
        String key,
        String label,
        long finished,
        long early,
        long onTime,
        long late,
        long complainedOrNegative,
        long handled,
        long handledOnTime,
        Double progress,
        double progressPoints,
        Double averageWorkingDays,
        Double satisfaction,
        double satisfactionPoints,
        long feedbackAnswered,
        Double feedbackOnTime,
        long feedbackVerdicts,
        Double feedbackSatisfied) {

    /** Transparency 18, online services 12, online payment 10, digitisation 22: from the national portals, not from HaiLong. */
    public static final List<String> NOT_COMPUTABLE =
            List.of("TRANSPARENCY", "ONLINE_SERVICE", "ONLINE_PAYMENT", "DIGITISATION");

    /**
     * What stays an approximation: 2.2 counts working days from receipt to resolution including a supplement's wait;
     * the satisfaction points come from 5.4 alone (5.2 and 5.3 are shown, not weighed); 5.2 and 5.3 read HaiLong's
     * feedback cases, not the national portal's.
     */
    public static final List<String> APPROXIMATE = List.of("2.2", "5.2", "5.3", "SATISFACTION_POINTS");

    /** Finished dossiers only (no open ones, no feedback figures): what a caller without the period's dossiers has. */
    public static Decision766 of(
            String key, String label, long early, long onTime, long late, long complainedOrNegative) {
        long finished = early + onTime + late;
        return of(key, label, early, onTime, late, complainedOrNegative, finished, early + onTime, 0, null);
    }

    public static Decision766 of(
            String key,
            String label,
            long early,
            long onTime,
            long late,
            long complainedOrNegative,
            long handled,
            long handledOnTime,
            long workDays,
            FeedbackRates feedback) {
        long finished = early + onTime + late;
        Double progress = handled == 0 ? null : (double) Math.min(handledOnTime, handled) / handled;
        Double satisfaction = finished == 0
                ? null
                : Math.max(
                        0,
                        1 - ((double) late / finished + (double) Math.min(complainedOrNegative, finished) / finished));
        double satisfactionPoints = satisfaction == null ? 0 : satisfaction >= 0.9 ? 18 : 18 * satisfaction / 0.9;
        FeedbackRates f = feedback == null ? new FeedbackRates(0, 0, 0, 0, 0) : feedback;
        return new Decision766(
                key,
                label,
                finished,
                early,
                onTime,
                late,
                complainedOrNegative,
                handled,
                handledOnTime,
                progress,
                progress == null ? 0 : round(20 * progress),
                finished == 0 ? null : round((double) workDays / finished),
                satisfaction,
                round(satisfactionPoints),
                f.answered(),
                f.onTimePercent(),
                f.satisfied() + f.notSatisfied(),
                f.satisfiedPercent());
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
