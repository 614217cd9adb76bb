package vn.hailong.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;

/**
 * The audit log as a list: the lines the caller may see (all for the system administrator; for a provincial official
 * those written by the users of the province; none otherwise), searched by actor or entity, filtered by action and
 * days, in keyset pages with the total.
 */
@Repository
public class AuditLines {

    /** One line of the page: when, who (the user's full name when the actor is a user), what and which. */
    public record Line(
            long id, Instant at, String actor, String actorName, String entity, String entityId, String action) {}

    /** Pages count at most this many matches ("hơn 1.000 kết quả"). */
    public static final long PAGE_COUNT_CAP = 1_000;

    static final List<Keyset.Column> SORTS = List.of(new Keyset.Column("at", "l.at", Keyset.Kind.TIME));

    private static final String FROM =
            "from audit_log l left join app_user au on au.username = l.actor left join agency ua on ua.id = au.agency_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ListPage<Line> page(AuditFilter f, ListQuery q, Long countCap) {
        AgencyScope scope = CurrentUser.scope();
        Keyset keyset = Keyset.of(q, SORTS, "l.id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where ").append(visible(scope));
        if (f.action() != null && !f.action().isBlank()) {
            where.append(" and l.action = :action");
            params.put("action", f.action());
        }
        if (f.from() != null) {
            where.append(" and l.at >= :from");
            params.put(
                    "from",
                    Timestamp.from(f.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (f.to() != null) {
            where.append(" and l.at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (q.search() != null) {
            where.append(" and (lower(l.actor) like :q escape '\\' or lower(au.full_name) like :q escape '\\'"
                    + " or lower(l.entity) like :q escape '\\' or l.entity_id = :qExact)");
            String text = q.search().toLowerCase(Locale.ROOT);
            params.put("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("qExact", q.search());
        }
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", q.limit() + 1);
        String sql = "select l.id, l.at, l.actor, au.full_name, l.entity, l.entity_id, l.action " + FROM + where
                + keyset.after(q.cursor(), pageParams) + keyset.orderBy() + " fetch first :limit rows only";
        List<Line> rows = jdbc.sql(sql)
                .params(pageParams)
                .query((rs, i) -> new Line(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return ListPage.of(
                rows,
                q.limit(),
                l -> keyset.cursor(LocalDateTime.ofInstant(l.at(), java.time.ZoneId.systemDefault()), l.id()),
                ListPage.Counted.count(jdbc, FROM + where, params, countCap));
    }

    /** The actions recorded, for the filter. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_log order by action")
                .query(String.class)
                .list();
    }

    /** Fail-closed: the whole log for all, the province's users' lines for a province, nothing otherwise. */
    private static String visible(AgencyScope scope) {
        if (scope.all()) {
            return "1 = 1";
        }
        if (scope.provinceCode() != null) {
            return "(au.province_code = :scopeProvince or ua.province_code = :scopeProvince)";
        }
        return "1 = 0";
    }
}
