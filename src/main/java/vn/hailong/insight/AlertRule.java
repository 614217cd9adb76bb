package vn.hailong.insight;

/** A unit's alert rule. */
public record AlertRule(long id, long agencyId, String agencyCode, AlertKind kind, double threshold, int windowDays, boolean active) {
}
