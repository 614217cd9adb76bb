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
        String note) {}
