package vn.hailong.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days one agency keeps apart from the national calendar ({@code calendar_agency_override}). */
@Repository
class AgencyOverrideRepository {

    private static final String COLUMNS =
            "select id, agency_id, calendar_day, kind, name, source from calendar_agency_override";

    private final JdbcClient jdbc;

    AgencyOverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgencyOverride> year(long agencyId, int year) {
        return jdbc.sql(COLUMNS + " where agency_id = :a and calendar_day between :f and :t order by calendar_day")
                .param("a", agencyId)
                .param("f", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("t", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(AgencyOverrideRepository::row)
                .list();
    }

    Optional<AgencyOverride> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(AgencyOverrideRepository::row)
                .optional();
    }

    boolean exists(long agencyId, LocalDate day) {
        return jdbc.sql("select count(*) from calendar_agency_override where agency_id = :a and calendar_day = :d")
                        .param("a", agencyId)
                        .param("d", Date.valueOf(day))
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(long agencyId, LocalDate day, HolidayKind kind, String name, String source) {
        jdbc.sql("insert into calendar_agency_override (agency_id, calendar_day, kind, name, source)"
                        + " values (:a, :d, :k, :n, :s)")
                .param("a", agencyId)
                .param("d", Date.valueOf(day))
                .param("k", kind.name())
                .param("n", name)
                .param("s", source)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from calendar_agency_override where id = :id")
                .param("id", id)
                .update();
    }

    private static AgencyOverride row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new AgencyOverride(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDate(3).toLocalDate(),
                HolidayKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6));
    }
}
