package vn.hailong.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.shared.VietnameseText;

@Repository
class AgencyRepository {

    private static final String AGENCY =
            "select a.id, a.code, a.name, a.kind, a.unit_code, a.province_code, a.weekend, a.electronic_id, a.parent_id from agency a";

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> list(AgencyScope scope, String unitCode) {
        return jdbc
                .sql(AGENCY + " where " + scope.predicate("a")
                        + " and (cast(:unit as varchar) is null or a.unit_code = :unit) order by a.kind, a.name")
                .params(scope.parameters())
                .param("unit", unitCode)
                .query(AgencyRepository::agency)
                .list()
                .stream()
                // by kind as before, then by name in Vietnamese order (the database puts "Đ" after "Z")
                .sorted(Comparator.comparing((Agency a) -> a.kind().name())
                        .thenComparing(Agency::name, VietnameseText.ORDER))
                .toList();
    }

    Optional<Agency> find(AgencyScope scope, long id) {
        return jdbc.sql(AGENCY + " where a.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query(AgencyRepository::agency)
                .optional();
    }

    Optional<Agency> byCode(String code) {
        return jdbc.sql(AGENCY + " where a.code = :code")
                .param("code", code)
                .query(AgencyRepository::agency)
                .optional();
    }

    long insert(String code, String name, AgencyKind kind, String unitCode, String provinceCode) {
        return insert(code, name, kind, unitCode, provinceCode, null);
    }

    long insert(String code, String name, AgencyKind kind, String unitCode, String provinceCode, Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency (code, name, kind, unit_code, province_code, parent_id)"
                        + " values (:code, :name, :kind, :unit, :province, :parent)")
                .param("parent", parentId)
                .param("code", code)
                .param("name", name)
                .param("kind", kind.name())
                .param("unit", unitCode)
                .param("province", provinceCode)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertDesk(long agencyId, String name, String location) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into desk (agency_id, name, location) values (:a, :n, :l)")
                .param("a", agencyId)
                .param("n", name)
                .param("l", location)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertOfficer(long agencyId, Long deskId, String fullName, String position, String email, String phone) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into officer (agency_id, desk_id, full_name, position, email, phone)
                values (:a, :d, :n, :p, :e, :ph)""")
                .param("a", agencyId)
                .param("d", deskId)
                .param("n", fullName)
                .param("p", position)
                .param("e", email)
                .param("ph", phone)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Desk> desks(AgencyScope scope, long agencyId) {
        return jdbc.sql("select d.id, d.agency_id, d.name, d.location from desk d join agency a on a.id = d.agency_id"
                        + " where d.agency_id = :agency and " + scope.predicate("a") + " order by d.name")
                .params(scope.parameters())
                .param("agency", agencyId)
                .query((rs, i) -> new Desk(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<Officer> officers(AgencyScope scope, long agencyId) {
        return jdbc.sql("""
                select o.id, o.agency_id, o.desk_id, o.full_name, o.position, o.email, o.phone, o.active
                from officer o join agency a on a.id = o.agency_id
                where o.agency_id = :agency and\s""" + scope.predicate("a") + " order by o.full_name")
                .params(scope.parameters())
                .param("agency", agencyId)
                .query((rs, i) -> new Officer(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8)))
                .list();
    }

    Optional<Agency> byElectronicId(String electronicId) {
        return jdbc.sql(AGENCY + " where a.electronic_id = :e")
                .param("e", electronicId)
                .query(AgencyRepository::agency)
                .optional();
    }

    void updateElectronicId(long id, String electronicId) {
        jdbc.sql("update agency set electronic_id = :e where id = :id")
                .param("e", electronicId)
                .param("id", id)
                .update();
    }

    static String weekendText(Set<DayOfWeek> weekend) {
        return weekend.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    static Agency agency(ResultSet rs, int i) throws SQLException {
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString(7).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(d -> weekend.add(DayOfWeek.valueOf(d)));
        return new Agency(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                AgencyKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                Set.copyOf(weekend),
                rs.getString(8),
                rs.getObject(9, Long.class));
    }
}
