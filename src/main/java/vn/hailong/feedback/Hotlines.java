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
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;
import vn.hailong.shared.VietnameseText;

/** The leaders' hotline directory per unit: public to read, maintained by administrators (the province for its own). */
@Service
public class Hotlines {

    private static final String SELECT =
            "select h.id, h.agency_id, a.name, h.full_name, h.position, h.phone from leader_hotline h"
                    + " join agency a on a.id = h.agency_id";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final vn.hailong.access.ScopeGuard guard;

    Hotlines(JdbcClient jdbc, AuditLog audit, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Everyone's directory, optionally narrowed by the unit's name (without diacritics). */
    public List<Hotline> directory(String unit) {
        String q = VietnameseText.fold(unit);
        return rows(AgencyScope.EVERYTHING).stream()
                .filter(h -> q.isEmpty() || VietnameseText.fold(h.agencyName()).contains(q))
                .toList();
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

    /** The entries the caller may maintain. */
    public List<Hotline> manageable() {
        return rows(CurrentUser.scope());
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
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        "insert into leader_hotline (agency_id, full_name, position, phone, sort_order) values (:a, :n, :p, :t, "
                                + "(select count(*) from leader_hotline where agency_id = :a))")
                .param("a", agencyId)
                .param("n", name)
                .param("p", pos)
                .param("t", tel)
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
        Hotline h = manageable().stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("hotline.notFound", id));
        jdbc.sql("delete from leader_hotline where id = :id").param("id", id).update();
        audit.record("leader_hotline", id, "DELETE", h, null);
    }

    private List<Hotline> rows(AgencyScope scope) {
        return jdbc.sql(
                        SELECT + " where " + scope.predicate("a")
                                + " order by case a.kind when 'PROVINCE_PC' then 0 when 'SERVICE_CENTER' then 1 when 'DEPARTMENT' then 2 else 3 end, a.name, h.sort_order, h.id")
                .params(scope.parameters())
                .query((rs, i) -> new Hotline(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private void requireAdmin() {
        guard.administrator();
    }
}
