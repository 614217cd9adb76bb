package vn.hailong.access;

import java.time.Instant;

/** One line of the audit log; before and after are JSON. */
public record AuditEntry(
        Instant at, String actor, String entity, String entityId, String action, String before, String after) {}
