package vn.hailong.insight;

import java.util.List;

/**
 * The Decision 766/QĐ-TTg components HaiLong's data supports, for one unit and period: progress (share of
 * finished dossiers early or on time, 20 points) and satisfaction in receiving and resolving
 * (100% − (late rate + share of finished dossiers with a complaint or a negative rating); 18 points at
 * ≥ 90%, linear below). {@link #NOT_COMPUTABLE} names the components this data cannot give.
 */
public record Decision766(
        String key,
        String label,
        long finished,
        long early,
        long onTime,
        long late,
        long complainedOrNegative,
        Double progress,
        double progressPoints,
        Double satisfaction,
        double satisfactionPoints) {

    /** Transparency 18, online services 12, online payment 10, digitisation 22: from the national portals, not from HaiLong. */
    public static final List<String> NOT_COMPUTABLE =
            List.of("TRANSPARENCY", "ONLINE_SERVICE", "ONLINE_PAYMENT", "DIGITISATION");

    public static Decision766 of(
            String key, String label, long early, long onTime, long late, long complainedOrNegative) {
        long finished = early + onTime + late;
        if (finished == 0) {
            return new Decision766(key, label, 0, 0, 0, 0, complainedOrNegative, null, 0, null, 0);
        }
        double progress = (double) (early + onTime) / finished;
        double satisfaction = Math.max(
                0, 1 - ((double) late / finished + (double) Math.min(complainedOrNegative, finished) / finished));
        double satisfactionPoints = satisfaction >= 0.9 ? 18 : 18 * satisfaction / 0.9;
        return new Decision766(
                key,
                label,
                finished,
                early,
                onTime,
                late,
                complainedOrNegative,
                progress,
                round(20 * progress),
                satisfaction,
                round(satisfactionPoints));
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
