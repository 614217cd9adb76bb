package vn.hailong.feedback;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListFilters;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.ListSearch;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.SearchKeys;
import vn.hailong.shared.Texts;

/** The leaders' hotline directory per unit: public to read, maintained by administrators (the province for its own). */
@Service
public class Hotlines {

    private static final String COLUMNS = "select h.id, h.agency_id, a.name, h.full_name, h.position, h.phone";
    private static final String FROM = "from leader_hotline h join agency a on a.id = h.agency_id";
    private static final String SELECT = COLUMNS + " " + FROM;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final vn.hailong.access.ScopeGuard guard;

    Hotlines(JdbcClient jdbc, AuditLog audit, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Pages count at most this many hotlines ("hơn 1.000 kết quả"). */
    static final long COUNT_CAP = 1_000;

    /**
     * By unit: on the stored search name (the unit's then the leader's name without diacritics), so that "Điểm tiếp
     * nhận" sorts among the D and "Ủy ban" among the U, where the databases' order of the names puts them after Z.
     */
    static final List<Keyset.Column> SORTS = List.of(
            new Keyset.Column("unit", "h.search_name", Keyset.Kind.TEXT),
            new Keyset.Column("person", "h.full_name", Keyset.Kind.TEXT));

    /**
     * One page of everyone's directory (public): the search finds the unit's or the leader's name without
     * diacritics, or the number (any digits of it, or its last digits).
     */
    public ListPage<Hotline> directory(HotlineFilter filter, ListQuery query) {
        return page(AgencyScope.EVERYTHING, filter, query);
    }

    /** One page of the entries the caller may maintain, searched and narrowed as {@link #directory}. */
    public ListPage<Hotline> manageable(HotlineFilter filter, ListQuery query) {
        return page(CurrentUser.scope(), filter, query);
    }

    /** A province's published hotlines by agency code, for the public scorecard. */
    public Map<String, List<Hotline>> byAgencyCode(String province) {
        Map<String, List<Hotline>> out = new java.util.LinkedHashMap<>();
        jdbc.sql(SELECT.replace("select h.id,", "select a.code, h.id,")
                        + " where a.province_code = :p order by a.code, h.sort_order, h.id")
                .param("p", province)
                .query((rs, i) -> out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(new Hotline(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7))))
                .list();
        return out;
    }

    @Transactional
    public long add(long agencyId, String fullName, String position, String phone) {
        requireAdmin();
        String name = Texts.blankToNull(fullName);
        String pos = Texts.blankToNull(position);
        String tel = Texts.blankToNull(phone);
        if (name == null
                || pos == null
                || tel == null
                || name.length() > 120
                || pos.length() > 160
                || !tel.replaceAll("[\\s.-]", "").matches("(\\+84|0)\\d{8,10}")) {
            throw new InvalidInputException("hotline.incomplete");
        }
        guard.agency(agencyId);
        String unitName = jdbc.sql("select name from agency where id = :a")
                .param("a", agencyId)
                .query(String.class)
                .single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into leader_hotline (agency_id, full_name, position, phone, sort_order, search_name,"
                        + " code_key, phone_rev) values (:a, :n, :p, :t, (select count(*) from leader_hotline"
                        + " where agency_id = :a), :sn, :ck, :pr)")
                .param("a", agencyId)
                .param("n", name)
                .param("p", pos)
                .param("t", tel)
                .param("sn", SearchKeys.name(unitName + " " + name))
                .param("ck", SearchKeys.code(tel))
                .param("pr", SearchKeys.phoneReversed(tel))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(
                "leader_hotline",
                id,
                "CREATE",
                null,
                Map.of("agency", agencyId, "name", name, "position", pos, "phone", tel));
        return id;
    }

    @Transactional
    public void remove(long id) {
        requireAdmin();
        AgencyScope scope = CurrentUser.scope();
        Hotline h = jdbc.sql(SELECT + " where h.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query(Hotlines::hotline)
                .optional()
                .orElseThrow(() -> new NotFoundException("hotline.notFound", id));
        jdbc.sql("delete from leader_hotline where id = :id").param("id", id).update();
        audit.record("leader_hotline", id, "DELETE", h, null);
    }

    private ListPage<Hotline> page(AgencyScope scope, HotlineFilter f, ListQuery q) {
        Keyset keyset = Keyset.of(q, SORTS, "h.id");
        Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where ").append(scope.predicate("a"));
        ListFilters.equal(where, params, "h.agency_id", f.agency());
        if (f.level() != null) {
            where.append(" and a.kind in (:kinds)");
            params.put("kinds", f.level().kinds());
        }
        where.append(ListSearch.of(q.search(), true).condition("h", params));
        return ListPage.read(
                jdbc,
                COLUMNS,
                FROM + where,
                params,
                keyset,
                q,
                Hotlines::hotline,
                h -> keyset.cursor(
                        "person".equals(keyset.column().key())
                                ? h.fullName()
                                : SearchKeys.name(h.agencyName() + " " + h.fullName()),
                        h.id()),
                COUNT_CAP);
    }

    private static Hotline hotline(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Hotline(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private void requireAdmin() {
        guard.administrator();
    }
}
