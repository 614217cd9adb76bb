package vn.hailong.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OverrideRepository {

    private final JdbcClient jdbc;

    OverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarOverride> year(int year) {
        return jdbc.sql(
                        "select id, calendar_day, kind, name, source from calendar_override where calendar_day between :a and :b order by calendar_day")
                .param("a", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("b", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, i) -> row(rs))
                .list();
    }

    Optional<CalendarOverride> find(long id) {
        return jdbc.sql("select id, calendar_day, kind, name, source from calendar_override where id = :id")
                .param("id", id)
                .query((rs, i) -> row(rs))
                .optional();
    }

    Optional<CalendarOverride> on(LocalDate day) {
        return jdbc.sql("select id, calendar_day, kind, name, source from calendar_override where calendar_day = :d")
                .param("d", Date.valueOf(day))
                .query((rs, i) -> row(rs))
                .optional();
    }

    boolean exists(LocalDate day) {
        return jdbc.sql("select count(*) from calendar_override where calendar_day = :d")
                        .param("d", Date.valueOf(day))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(LocalDate day, HolidayKind kind, String name) {
        insert(day, kind, name, null);
    }

    void insert(LocalDate day, HolidayKind kind, String name, String source) {
        jdbc.sql("insert into calendar_override (calendar_day, kind, name, source) values (:d, :k, :n, :s)")
                .param("d", Date.valueOf(day))
                .param("k", kind.name())
                .param("n", name)
                .param("s", source)
                .update();
    }

    void deleteDay(LocalDate day) {
        jdbc.sql("delete from calendar_override where calendar_day = :d")
                .param("d", Date.valueOf(day))
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from calendar_override where id = :id").param("id", id).update();
    }

    private static CalendarOverride row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CalendarOverride(
                rs.getLong(1),
                rs.getDate(2).toLocalDate(),
                HolidayKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5));
    }
}
