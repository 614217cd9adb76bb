package vn.hailong.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.shared.VietnameseText;

@Repository
class UnitRepository {

    private static final String COLUMNS = """
            select u.id, u.code, u.name, u.full_name, u.level, u.parent_code, u.valid_from, u.valid_to, u.unit_type, u.name_en
            from admin_unit u""";
    private static final String VALID_AT =
            " (u.valid_from is null or u.valid_from <= :at) and (u.valid_to is null or u.valid_to >= :at) ";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AdminUnit> list(String level, String parentCode, LocalDate at) {
        return jdbc.sql(COLUMNS + " where" + VALID_AT
                        + " and (cast(:level as varchar) is null or u.level = :level)"
                        + " and (cast(:parent as varchar) is null or u.parent_code = :parent)"
                        + " order by u.code")
                .param("at", Date.valueOf(at))
                .param("level", level)
                .param("parent", parentCode)
                .query(UnitRepository::unit)
                .list();
    }

    Optional<AdminUnit> at(String code, LocalDate at) {
        return jdbc.sql(COLUMNS + " where u.code = :code and" + VALID_AT)
                .param("code", code)
                .param("at", Date.valueOf(at))
                .query(UnitRepository::unit)
                .optional();
    }

    List<AdminUnit> versions(String code) {
        return jdbc.sql(COLUMNS + " where u.code = :code order by coalesce(u.valid_from, date '1900-01-01') desc")
                .param("code", code)
                .query(UnitRepository::unit)
                .list();
    }

    List<AdminUnit> search(String query, LocalDate at, int limit) {
        return jdbc.sql(COLUMNS + " where" + VALID_AT + " and (u.search_name like :q escape '\\' or u.code = :code)"
                        + " order by u.level desc, u.search_name fetch first :limit rows only")
                .param("at", Date.valueOf(at))
                .param("q", VietnameseText.containsPattern(query))
                .param("code", query.trim())
                .param("limit", limit)
                .query(UnitRepository::unit)
                .list();
    }

    List<AdminUnit> predecessors(long id) {
        return jdbc.sql(
                        COLUMNS
                                + " join unit_succession s on s.predecessor_id = u.id where s.successor_id = :id order by u.code")
                .param("id", id)
                .query(UnitRepository::unit)
                .list();
    }

    List<AdminUnit> successors(long id) {
        return jdbc.sql(
                        COLUMNS
                                + " join unit_succession s on s.successor_id = u.id where s.predecessor_id = :id order by u.code")
                .param("id", id)
                .query(UnitRepository::unit)
                .list();
    }

    /** Adds a succession; returns false if it was already there (imports may be repeated). */
    boolean link(long predecessorId, long successorId, LocalDate effective) {
        boolean exists =
                jdbc.sql("select count(*) from unit_succession where predecessor_id = :p and successor_id = :s")
                                .param("p", predecessorId)
                                .param("s", successorId)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("insert into unit_succession (predecessor_id, successor_id, effective_date) values (:p, :s, :d)")
                .param("p", predecessorId)
                .param("s", successorId)
                .param("d", Date.valueOf(effective))
                .update();
        return true;
    }

    /** The version of a code that starts on the day, if any (at most one: codes and start days are unique together). */
    Optional<AdminUnit> startingOn(String code, LocalDate from) {
        return jdbc.sql(COLUMNS + " where u.code = :code and u.valid_from = :from")
                .param("code", code)
                .param("from", Date.valueOf(from))
                .query(UnitRepository::unit)
                .optional();
    }

    long insertVersion(NewUnitVersion v) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into admin_unit (code, parent_code, level, unit_type, name, full_name, name_en, search_name, valid_from, resolution)
                values (:code, :parent, :level, :type, :name, :full, :en, :search, :from, :resolution)""")
                .param("code", v.code())
                .param("parent", v.parentCode())
                .param("level", v.level())
                .param("type", v.unitType())
                .param("name", v.name())
                .param("full", v.fullName())
                .param("en", v.nameEn())
                .param("search", VietnameseText.fold(v.fullName()))
                .param("from", Date.valueOf(v.validFrom()))
                .param("resolution", v.resolution())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ends a version on {@code lastDay} (the day before its successor's effective date). */
    void end(long id, LocalDate lastDay) {
        jdbc.sql("update admin_unit set valid_to = :to where id = :id")
                .param("to", Date.valueOf(lastDay))
                .param("id", id)
                .update();
    }

    long count(String level, LocalDate at) {
        return jdbc.sql("select count(*) from admin_unit u where u.level = :level and" + VALID_AT)
                .param("level", level)
                .param("at", Date.valueOf(at))
                .query(Long.class)
                .single();
    }

    /** How many units of a level of each type (Tỉnh, Thành phố; Xã, Phường, Đặc khu) are valid on the day. */
    Map<String, Long> countByType(String level, LocalDate at) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select coalesce(u.unit_type, ''), count(*) from admin_unit u where u.level = :level and" + VALID_AT
                        + " group by coalesce(u.unit_type, '')")
                .param("level", level)
                .param("at", Date.valueOf(at))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    static AdminUnit unit(ResultSet rs, int i) throws SQLException {
        Date from = rs.getDate(7);
        Date to = rs.getDate(8);
        return new AdminUnit(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString(9),
                rs.getString(10));
    }
}
