package vn.hailong.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.Role;

/** The export jobs (table {@code report_export}): queued, claimed one at a time, finished or failed, expired. */
@Repository
class ExportRepository {

    private static final String JOB = """
            select id, kind, unit_code, period_key, status, requested_by, file_name, size_bytes, error, created_at, started_at,
              finished_at, expires_at from report_export""";

    /** A claimed job with what it needs to run as its requester. */
    record Claimed(
            long id, ExportKind kind, String unit, String period, String requestedBy, Role role, AgencyScope scope) {}

    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            ExportKind kind,
            String unit,
            String period,
            String requestedBy,
            Role role,
            AgencyScope scope,
            LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_export (kind, unit_code, period_key, requested_by, requester_role, scope_all, scope_province,
                  scope_agencies, status, created_at)
                values (:kind, :unit, :period, :by, :role, :all, :province, :agencies, 'QUEUED', :now)""")
                .param("kind", kind.name())
                .param("unit", unit)
                .param("period", period)
                .param("by", requestedBy)
                .param("role", role.name())
                .param("all", scope.all())
                .param("province", scope.provinceCode())
                .param(
                        "agencies",
                        scope.agencyIds().isEmpty()
                                ? null
                                : scope.agencyIds().stream()
                                        .sorted()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(",")))
                .param("now", Timestamp.valueOf(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ExportJob> find(long id) {
        return jdbc.sql(JOB + " where id = :id")
                .param("id", id)
                .query(ExportRepository::job)
                .optional();
    }

    /** The newest jobs of one requester, or of everybody ({@code requestedBy} null). */
    List<ExportJob> list(String requestedBy, int limit) {
        var spec = jdbc.sql(JOB + (requestedBy == null ? "" : " where requested_by = :by")
                        + " order by created_at desc, id desc fetch first :limit rows only")
                .param("limit", limit);
        return (requestedBy == null ? spec : spec.param("by", requestedBy))
                .query(ExportRepository::job)
                .list();
    }

    /** Takes the oldest queued job (an update that only one worker wins), or nothing. */
    Optional<Claimed> claim(LocalDateTime now) {
        for (Long id : jdbc.sql(
                        "select id from report_export where status = 'QUEUED' order by created_at, id fetch first 5 rows only")
                .query(Long.class)
                .list()) {
            int won = jdbc.sql(
                            "update report_export set status = 'RUNNING', started_at = :now where id = :id and status = 'QUEUED'")
                    .param("now", Timestamp.valueOf(now))
                    .param("id", id)
                    .update();
            if (won == 1) {
                return jdbc.sql("""
                        select id, kind, unit_code, period_key, requested_by, requester_role, scope_all, scope_province, scope_agencies
                        from report_export where id = :id""")
                        .param("id", id)
                        .query(ExportRepository::claimed)
                        .optional();
            }
        }
        return Optional.empty();
    }

    void finish(
            long id, String fileName, String contentType, byte[] content, LocalDateTime now, LocalDateTime expires) {
        jdbc.sql("""
                update report_export set status = 'DONE', file_name = :name, content_type = :type, content = :content,
                  size_bytes = :size, finished_at = :now, expires_at = :expires where id = :id""")
                .param("name", fileName)
                .param("type", contentType)
                .param("content", content)
                .param("size", (long) content.length)
                .param("now", Timestamp.valueOf(now))
                .param("expires", Timestamp.valueOf(expires))
                .param("id", id)
                .update();
    }

    void fail(long id, String error, LocalDateTime now) {
        jdbc.sql("update report_export set status = 'FAILED', error = :error, finished_at = :now where id = :id")
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("now", Timestamp.valueOf(now))
                .param("id", id)
                .update();
    }

    Optional<ExportFile> file(long id) {
        return jdbc.sql("select file_name, content_type, content from report_export where id = :id and status = 'DONE'")
                .param("id", id)
                .query((rs, i) -> new ExportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Drops the files of jobs past their expiry; fails jobs left running since {@code stuckBefore} (a stopped worker). */
    int expire(LocalDateTime now, LocalDateTime stuckBefore) {
        jdbc.sql("update report_export set status = 'FAILED', error = 'interrupted', finished_at = :now"
                        + " where status = 'RUNNING' and started_at < :stuck")
                .param("now", Timestamp.valueOf(now))
                .param("stuck", Timestamp.valueOf(stuckBefore))
                .update();
        return jdbc.sql(
                        "update report_export set status = 'EXPIRED', content = null where status = 'DONE' and expires_at < :now")
                .param("now", Timestamp.valueOf(now))
                .update();
    }

    private static ExportJob job(ResultSet rs, int i) throws SQLException {
        return new ExportJob(
                rs.getLong(1),
                ExportKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Long.class),
                rs.getString(9),
                time(rs, 10),
                time(rs, 11),
                time(rs, 12),
                time(rs, 13));
    }

    private static Claimed claimed(ResultSet rs, int i) throws SQLException {
        String agencies = rs.getString(9);
        Set<Long> ids = agencies == null
                ? Set.of()
                : Arrays.stream(agencies.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
        AgencyScope scope = new AgencyScope(rs.getBoolean(7), rs.getString(8), ids);
        return new Claimed(
                rs.getLong(1),
                ExportKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Role.valueOf(rs.getString(6)),
                scope);
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
