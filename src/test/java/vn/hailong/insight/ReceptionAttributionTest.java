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

/**
 * A rating of a dossier received at one commune's centre and resolved by another agency (Decree 118/2025/NĐ-CP Art.
 * 14(2)): the answers about the reception count for the receiving centre, the others and the rating itself for the
 * resolving agency, the same whether counted by the drain or by a rebuild (H2 and PostgreSQL).
 */
class ReceptionAttributionTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void receptionAnswersCountForTheReceivingCentreTheRestForTheResolvingAgency(Db db) {
        JdbcClient jdbc = db.jdbc();
        PendingRatings pending = new PendingRatings(jdbc);
        RatingDrain drain = TestRollups.drain(db);
        Rollups rollups = TestRollups.of(db, (scope, from, to) -> List.of(), (a, b, w) -> 0);
        String tag = Long.toString(System.nanoTime(), 36);
        long centre = agency(jdbc, "ra-c-" + tag, "Trung tâm Phục vụ hành chính công xã A", "COMMUNE_PC");
        long resolving = agency(jdbc, "ra-r-" + tag, "UBND xã B", "COMMUNE_PC");

        long cross = rating(jdbc, resolving, centre, tag + "-x");
        answer(jdbc, cross, "RESULT", 5);
        answer(jdbc, cross, "CONDUCT", 2);
        long own = rating(jdbc, resolving, null, tag + "-o");
        answer(jdbc, own, "RESULT", 4);
        answer(jdbc, own, "CONDUCT", 4);
        pending.addAll(java.util.List.of(cross));
        pending.addAll(java.util.List.of(own));
        drain.drain();

        String expected = "centre: CONDUCT 2 | resolving: CONDUCT 4, RESULT 4 5 | ratings: centre 0, resolving 2";
        assertThat(counted(jdbc, centre, resolving)).isEqualTo(expected);
        rollups.recompute();
        assertThat(counted(jdbc, centre, resolving)).as("rebuilt").isEqualTo(expected);
    }

    private static String counted(JdbcClient jdbc, long centre, long resolving) {
        return "centre: " + answers(jdbc, centre) + " | resolving: " + answers(jdbc, resolving) + " | ratings: centre "
                + ratings(jdbc, centre) + ", resolving " + ratings(jdbc, resolving);
    }

    /** Each item's scores given, e.g. "RESULT 4 5": one 4 and one 5. */
    private static String answers(JdbcClient jdbc, long agency) {
        return String.join(
                ", ",
                jdbc.sql("select item_code, s1, s2, s3, s4, s5 from insight_rating_day where agency_id = ? order by 1")
                        .param(agency)
                        .query((rs, i) -> {
                            StringBuilder b = new StringBuilder(rs.getString(1));
                            for (int score = 1; score <= 5; score++) {
                                b.append((" " + score).repeat(rs.getInt(score + 1)));
                            }
                            return b.toString();
                        })
                        .list());
    }

    private static long ratings(JdbcClient jdbc, long agency) {
        return jdbc.sql("select coalesce(sum(ratings), 0) from insight_rating_count where agency_id = ?")
                .param(agency)
                .query(Long.class)
                .single();
    }

    private static long agency(JdbcClient jdbc, String code, String name, String kind) {
        return insert(
                jdbc,
                "insert into agency (code, name, kind, unit_code, province_code) values ('" + code + "', '" + name
                        + "', '" + kind + "', '96', '96')");
    }

    private static long rating(JdbcClient jdbc, long agency, Long receiving, String key) {
        return insert(
                jdbc,
                "insert into rating (idempotency_key, form_code, channel, instrument, agency_id, receiving_agency_id,"
                        + " unit_code, created_at) values ('ra-" + key + "', 'QUICK', 'QR', 'FIVE_LEVEL', " + agency
                        + ", " + receiving + ", '96', timestamp '2026-11-20 09:00:00')");
    }

    private static void answer(JdbcClient jdbc, long rating, String item, int score) {
        jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, ?, ?)")
                .params(rating, item, score)
                .update();
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }
}
