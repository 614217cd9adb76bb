package vn.hailong.rating;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many ratings at once with JDBC batches (used by the demo): each returned dossier gets at
 * most one rating, keyed "seed-{dossier id}" so that running it again adds nothing.
 */
@Component
@Profile("demo")
public class RatingBulk {

    private static final String[] CHANNELS = {"QR", "QR", "QR", "QR", "KIOSK", "KIOSK", "WEB", "PAPER", "PAPER", "PAPER"
    };
    private static final String[] PRAISE = {
        "Cán bộ hướng dẫn tận tình, chu đáo.",
        "Giải quyết nhanh, trước hẹn.",
        "Thái độ phục vụ niềm nở.",
        "Thủ tục đơn giản, dễ hiểu.",
        "Cảm ơn cán bộ một cửa."
    };
    private static final String[] COMPLAINTS = {
        "Phải chờ lâu mới đến lượt.",
        "Cán bộ hướng dẫn chưa rõ, phải đi lại nhiều lần.",
        "Phòng chờ chật, thiếu ghế ngồi.",
        "Phí cao so với mong đợi.",
        "Thái độ cán bộ chưa niềm nở."
    };

    private final JdbcTemplate jdbc;

    RatingBulk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rates about {@code share} of the returned dossiers that have no rating, mostly satisfied; returns how many. */
    public int seedReturnedDossiers(double share, long seed) {
        List<Map<String, Object>> dossiers = jdbc.queryForList("""
                select d.id, d.agency_id, d.desk_id, coalesce(d.handling_officer_id, d.receiving_officer_id) officer_id,
                       d.procedure_code, d.field_code, a.unit_code, d.returned_at, coalesce(f.form_code, 'QUICK') form_code
                from dossier d join agency a on a.id = d.agency_id left join agency_rating_form f on f.agency_id = a.id
                where d.status = 10 and not exists (select 1 from rating r where r.dossier_id = d.id)""");
        Random random = new Random(seed);
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Map<String, Object> d : dossiers) {
            if (random.nextDouble() >= share) {
                continue;
            }
            String key = "seed-" + d.get("id");
            int mood = random.nextInt(100);
            int base = mood < 78 ? 5 : mood < 94 ? 4 : mood < 97 ? 3 : mood < 99 ? 2 : 1;
            int other = Math.max(1, Math.min(5, base + (random.nextInt(5) == 0 ? -1 : 0)));
            String comment = random.nextInt(8) == 0
                    ? (base <= 3 ? COMPLAINTS : PRAISE)[random.nextInt(5)]
                    : base <= 2 ? COMPLAINTS[random.nextInt(5)] : null;
            LocalDateTime at =
                    ((Timestamp) d.get("returned_at")).toLocalDateTime().plusMinutes(2 + random.nextInt(60 * 24));
            ratings.add(new Object[] {
                key,
                d.get("id"),
                d.get("form_code"),
                CHANNELS[random.nextInt(CHANNELS.length)],
                d.get("agency_id"),
                d.get("desk_id"),
                d.get("officer_id"),
                d.get("procedure_code"),
                d.get("field_code"),
                d.get("unit_code"),
                comment,
                Math.min(base, other) <= 2,
                Timestamp.valueOf(at)
            });
            answers.add(new Object[] {"RESULT", base, key});
            answers.add(new Object[] {"CONDUCT", other, key});
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
