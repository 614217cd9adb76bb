package vn.hailong.rating;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many ratings at once with JDBC batches, for the demo (which makes them up in {@code vn.hailong.demo}):
 * the returned dossiers that have no rating yet, and a batch writer that stores ratings with their answers as
 * they are, without the checks and group commit of {@link Ratings}.
 */
@Component
@Profile("demo")
public class RatingBulk {

    /** A returned dossier without a rating, with what a rating of it records. */
    public record Unrated(
            long id,
            long agencyId,
            Long deskId,
            Long officerId,
            String procedureCode,
            String fieldCode,
            String unitCode,
            LocalDateTime returnedAt,
            String formCode) {}

    /** A rating to store as it is (five-level instrument), keyed so that storing it again is refused. */
    public record Seeded(
            String key,
            Unrated dossier,
            String channel,
            String comment,
            boolean low,
            LocalDateTime at,
            List<Answer> answers) {}

    private final JdbcTemplate jdbc;

    RatingBulk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The returned dossiers that have no rating, in the database's order. */
    public List<Unrated> returnedWithoutRating() {
        return jdbc.query(
                """
                select d.id, d.agency_id, d.desk_id, coalesce(d.handling_officer_id, d.receiving_officer_id) officer_id,
                       d.procedure_code, d.field_code, a.unit_code, d.returned_at, coalesce(f.form_code, 'QUICK') form_code
                from dossier d join agency a on a.id = d.agency_id left join agency_rating_form f on f.agency_id = a.id
                where d.status = 10 and not exists (select 1 from rating r where r.dossier_id = d.id)""",
                (rs, n) -> new Unrated(
                        rs.getLong("id"),
                        rs.getLong("agency_id"),
                        rs.getObject("desk_id", Long.class),
                        rs.getObject("officer_id", Long.class),
                        rs.getString("procedure_code"),
                        rs.getString("field_code"),
                        rs.getString("unit_code"),
                        rs.getTimestamp("returned_at").toLocalDateTime(),
                        rs.getString("form_code")));
    }

    /** Stores the ratings and their answers in two batches; returns how many ratings. */
    public int store(List<Seeded> seeded) {
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Seeded s : seeded) {
            Unrated d = s.dossier();
            ratings.add(new Object[] {
                s.key(),
                d.id(),
                d.formCode(),
                s.channel(),
                d.agencyId(),
                d.deskId(),
                d.officerId(),
                d.procedureCode(),
                d.fieldCode(),
                d.unitCode(),
                s.comment(),
                s.low(),
                Timestamp.valueOf(s.at())
            });
            for (Answer a : s.answers()) {
                answers.add(new Object[] {a.item(), a.score(), s.key()});
            }
        }
        jdbc.batchUpdate("""
                insert into rating (idempotency_key, dossier_id, form_code, channel, instrument, agency_id, desk_id, officer_id,
                  procedure_code, field_code, unit_code, comment, low, created_at, moment)
                values (?, ?, ?, ?, 'FIVE_LEVEL', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RESULT')""", ratings, new int[] {
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.TIMESTAMP
        });
        jdbc.batchUpdate(
                "insert into rating_answer (rating_id, item_code, score) select id, ?, ? from rating where idempotency_key = ?",
                answers,
                new int[] {Types.VARCHAR, Types.SMALLINT, Types.VARCHAR});
        return ratings.size();
    }
}
