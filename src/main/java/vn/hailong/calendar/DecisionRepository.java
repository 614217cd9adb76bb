package vn.hailong.calendar;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDecision> year(int year) {
        return jdbc.sql("""
                select id, decided_year, document, issued_on, title, verified, note from calendar_decision
                where decided_year = :y order by issued_on, document""")
                .param("y", year)
                .query((rs, i) -> new CalendarDecision(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7)))
                .list();
    }

    Set<Integer> decidedYears() {
        return new TreeSet<>(jdbc.sql("select distinct decided_year from calendar_decision")
                .query(Integer.class)
                .list());
    }

    boolean exists(int year, String document) {
        return jdbc.sql("select count(*) from calendar_decision where decided_year = :y and document = :d")
                        .param("y", year)
                        .param("d", document)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(CalendarDecision d) {
        jdbc.sql("""
                insert into calendar_decision (decided_year, document, issued_on, title, verified, note)
                values (:y, :d, :i, :t, :v, :n)""")
                .param("y", d.year())
                .param("d", d.document())
                .param("i", d.issuedOn() == null ? null : Date.valueOf(d.issuedOn()))
                .param("t", d.title())
                .param("v", d.verified())
                .param("n", d.note())
                .update();
    }
}
