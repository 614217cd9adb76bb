package vn.hailong.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyDirectory;
import vn.hailong.access.AgencyScope;

/** The agencies for the access module's scope checks and administration pages. */
@Repository
class AgencyDirectoryRepository implements AgencyDirectory {

    private static final String SELECT = "select a.id, a.code, a.name, a.province_code from agency a";

    private final JdbcClient jdbc;

    AgencyDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AgencyRef> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(AgencyRef.class)
                .optional();
    }

    @Override
    public Optional<AgencyRef> byCode(String code) {
        return jdbc.sql(SELECT + " where a.code = :code")
                .param("code", code)
                .query(AgencyRef.class)
                .optional();
    }

    @Override
    public List<AgencyRef> within(AgencyScope scope) {
        return jdbc
                .sql(SELECT + " where " + scope.predicate("a"))
                .params(scope.parameters())
                .query(AgencyRef.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(AgencyRef::name, vn.hailong.shared.VietnameseText.ORDER))
                .toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(AgencyRef.class).list().stream()
                .collect(Collectors.toMap(AgencyRef::id, AgencyRef::name));
    }

    @Override
    public String provinceName(String provinceCode) {
        if (provinceCode == null) {
            return null;
        }
        // the newest version of the province (names change when provinces merge)
        return jdbc.sql("""
                        select coalesce(u.full_name, u.name) from admin_unit u
                        where u.code = :code and u.level = 'province' and u.valid_to is null""")
                .param("code", provinceCode)
                .query(String.class)
                .optional()
                .orElse(provinceCode);
    }
}
