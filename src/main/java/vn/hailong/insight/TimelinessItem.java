package vn.hailong.insight;

/**
 * Timeliness of one group's finished dossiers: early, on time and late counts, {@code onTimeRate} =
 * (early + on time) / finished (null when none finished), {@code returned}, the results handed back, and
 * the processing time: {@code workingDays} summed over the finished dossiers and their average
 * (null when none finished, or when the caller did not count it).
 */
public record TimelinessItem(
        String key,
        String label,
        long finished,
        long early,
        long onTime,
        long late,
        Double onTimeRate,
        long returned,
        long workingDays,
        Double averageWorkingDays) {

    /** Without the processing time (its average is then null). */
    public static TimelinessItem of(String key, String label, long early, long onTime, long late, long returned) {
        return of(key, label, early, onTime, late, returned, null);
    }

    public static TimelinessItem of(
            String key, String label, long early, long onTime, long late, long returned, Long workingDays) {
        long finished = early + onTime + late;
        return new TimelinessItem(
                key,
                label,
                finished,
                early,
                onTime,
                late,
                finished == 0 ? null : (double) (early + onTime) / finished,
                returned,
                workingDays == null ? 0 : workingDays,
                finished == 0 || workingDays == null ? null : (double) workingDays / finished);
    }
}
