package vn.hailong.insight;

/**
 * Timeliness of one group's finished dossiers: early, on time and late counts, {@code onTimeRate} =
 * (early + on time) / finished (null when none finished) and {@code returned}, the results handed back.
 */
public record TimelinessItem(String key, String label, long finished, long early, long onTime, long late, Double onTimeRate,
        long returned) {

    public static TimelinessItem of(String key, String label, long early, long onTime, long late, long returned) {
        long finished = early + onTime + late;
        return new TimelinessItem(key, label, finished, early, onTime, late,
                finished == 0 ? null : (double) (early + onTime) / finished, returned);
    }
}
