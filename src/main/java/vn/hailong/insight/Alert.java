package vn.hailong.insight;

import java.time.LocalDateTime;

/** An alert raised by a rule, with its observed value and what the unit did about it. */
public record Alert(
        long id,
        long ruleId,
        String agencyCode,
        String agencyName,
        AlertKind kind,
        double threshold,
        int windowDays,
        LocalDateTime raisedAt,
        double observed,
        String status,
        String acknowledgedBy,
        LocalDateTime acknowledgedAt,
        String closedBy,
        LocalDateTime closedAt,
        String note,
        long agencyId) {

    /** Where the records behind the alert are listed (the overdue dossiers or cases), or null. */
    public String evidencePath() {
        return switch (kind) {
            case OVERDUE_OVER -> "/ho-so?overdue=true&agency=" + agencyId;
            case OVERDUE_CASES_OVER -> "/phan-anh?overdue=true&agency=" + agencyId;
            default -> null;
        };
    }
}
