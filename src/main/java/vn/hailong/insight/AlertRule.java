package vn.hailong.insight;

/**
 * An alert rule: a unit's own ({@code agencyId}, {@code agencyCode}, {@code agencyName}) or one for every unit of a
 * province ({@code provinceCode}). A satisfaction threshold is a fraction 0..1, the others are counts.
 */
public record AlertRule(
        long id,
        Long agencyId,
        String agencyCode,
        String agencyName,
        String provinceCode,
        AlertKind kind,
        double threshold,
        int windowDays,
        boolean active) {

    public boolean provinceWide() {
        return agencyId == null;
    }
}
