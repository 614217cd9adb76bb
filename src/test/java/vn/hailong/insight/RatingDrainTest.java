package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** Pending ratings are counted once: by the drain that claims them, or by a rebuild, which leaves none pending. */
class RatingDrainTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDrainAndARebuildCountEachPendingRatingOnce(Db db) {
        JdbcClient jdbc = db.jdbc();
        PendingRatings pending = new PendingRatings(jdbc);
        RatingDrain drain = TestRollups.drain(db);
        Rollups rollups = TestRollups.of(db, (scope, from, to) -> List.of(), (a, b, w) -> 0);
        String tag = Long.toString(System.nanoTime(), 36);
        long agency = insert(
                jdbc,
                "insert into agency (code, name, kind, unit_code, province_code) values ('rd-" + tag
                        + "', 'UBND xã chờ đếm', 'COMMUNE_PC', '96', '96')");

        // two ratings marked pending and not yet counted: the dashboards do not have them
        pending.addAll(java.util.List.of(rating(jdbc, agency, tag + "-1", "2026-11-20 09:00:00")));
        pending.addAll(java.util.List.of(rating(jdbc, agency, tag + "-2", "2026-11-21 10:00:00")));
        assertThat(counted(jdbc, agency)).isEqualTo("0 ratings, 0 fives, 0 in months");
        assertThat(drain.drain()).isGreaterThanOrEqualTo(2);
        assertThat(counted(jdbc, agency)).isEqualTo("2 ratings, 2 fives, 2 in months");
        assertThat(drain.drain()).isZero();

        // a third one is pending when the rollups are rebuilt: the rebuild counts it, and no drain counts it again
        pending.addAll(java.util.List.of(rating(jdbc, agency, tag + "-3", "2026-12-01 08:00:00")));
        rollups.recompute();
        assertThat(pending.waiting()).isZero();
        assertThat(drain.drain()).isZero();
        assertThat(counted(jdbc, agency)).isEqualTo("3 ratings, 3 fives, 3 in months");
    }

    private static String counted(JdbcClient jdbc, long agency) {
        long ratings = jdbc.sql("select coalesce(sum(ratings), 0) from insight_rating_count where agency_id = ?")
                .param(agency)
                .query(Long.class)
                .single();
        long fives = jdbc.sql("select coalesce(sum(s5), 0) from insight_rating_agency_day where agency_id = ?")
                .param(agency)
                .query(Long.class)
                .single();
        long months = jdbc.sql("select coalesce(sum(ratings), 0) from insight_rating_month where agency_id = ?")
                .param(agency)
                .query(Long.class)
                .single();
        return ratings + " ratings, " + fives + " fives, " + months + " in months";
    }

    private static long rating(JdbcClient jdbc, long agency, String key, String at) {
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, form_code, channel, instrument, agency_id, unit_code, created_at)"
                        + " values ('rd-" + key + "', 'QUICK', 'QR', 'FIVE_LEVEL', " + agency + ", '96', timestamp '"
                        + at + "')");
        jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, 'RESULT', 5)")
                .param(id)
                .update();
        return id;
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }
}
