package vn.hailong.access;

import java.time.Instant;

/** One line of the audit log page: when, who (the user's full name when the actor is a user), what and which. */
public record AuditLine(
        long id, Instant at, String actor, String actorName, String entity, String entityId, String action) {}
