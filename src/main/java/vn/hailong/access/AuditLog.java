package vn.hailong.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Who changed what: every write in every module records its before and after values here, in the
 * same transaction as the change itself.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(String entity, Object entityId, String action, Object before, Object after) {
        jdbc.sql("""
                insert into audit_log (at, actor, entity, entity_id, action, before_value, after_value)
                values (:at, :actor, :entity, :entityId, :action, :before, :after)""")
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("actor", CurrentUser.name())
                .param("entity", entity)
                .param("entityId", String.valueOf(entityId))
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /**
     * Creations of many rows of one entity by one actor, in multi-row inserts (the ratings of a group commit):
     * {@code afterById} maps each row's id to its after value, in order.
     */
    public void recordAll(String entity, String action, String actor, java.util.Map<?, ?> afterById) {
        java.sql.Timestamp at = java.sql.Timestamp.from(Instant.now(clock));
        List<? extends java.util.Map.Entry<?, ?>> rows = List.copyOf(afterById.entrySet());
        for (int from = 0; from < rows.size(); from += 500) {
            List<? extends java.util.Map.Entry<?, ?>> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 6);
            for (var row : chunk) {
                params.add(at);
                params.add(actor);
                params.add(entity);
                params.add(String.valueOf(row.getKey()));
                params.add(action);
                params.add(row.getValue() == null ? null : json.writeValueAsString(row.getValue()));
            }
            jdbc.sql("insert into audit_log (at, actor, entity, entity_id, action, after_value) values "
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")))
                    .params(params)
                    .update();
        }
    }

    public List<AuditEntry> forEntity(String entity, Object entityId) {
        return jdbc.sql("""
                select at, actor, entity, entity_id, action, before_value, after_value from audit_log
                where entity = :entity and entity_id = :entityId order by id desc""")
                .param("entity", entity)
                .param("entityId", String.valueOf(entityId))
                .query((rs, i) -> new AuditEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                select at, actor, entity, entity_id, action, before_value, after_value from audit_log
                order by id desc fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, i) -> new AuditEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }
}
