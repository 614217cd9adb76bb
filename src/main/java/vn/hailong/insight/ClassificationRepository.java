package vn.hailong.insight;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leaders' confirmed monthly classifications of officers (one row per officer and month). */
@Repository
class ClassificationRepository {

    private final JdbcClient jdbc;

    ClassificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OfficerScorecard.Confirmation> find(long officerId, String month) {
        return jdbc.sql("""
                select confirmed, suggested, note, confirmed_by, confirmed_at from insight_officer_classification
                where officer_id = :o and period = :m""")
                .param("o", officerId)
                .param("m", month)
                .query((rs, i) -> new OfficerScorecard.Confirmation(
                        Classification.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : Classification.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .optional();
    }

    void save(
            long officerId,
            String month,
            Classification suggested,
            Classification confirmed,
            String note,
            String by,
            LocalDateTime at) {
        jdbc.sql("delete from insight_officer_classification where officer_id = :o and period = :m")
                .param("o", officerId)
                .param("m", month)
                .update();
        jdbc.sql("""
                insert into insight_officer_classification (officer_id, period, suggested, confirmed, note, confirmed_by, confirmed_at)
                values (:o, :m, :s, :c, :n, :b, :t)""")
                .param("o", officerId)
                .param("m", month)
                .param("s", suggested == null ? null : suggested.name())
                .param("c", confirmed.name())
                .param("n", note)
                .param("b", by)
                .param("t", Timestamp.valueOf(at))
                .update();
    }
}
