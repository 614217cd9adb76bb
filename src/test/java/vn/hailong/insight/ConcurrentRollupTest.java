package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Two instances of the application count the first ratings of the same new rollup rows at the same time on
 * PostgreSQL: the second one's MERGE waits for the first, fails on the primary key once the first commits, and
 * its batch runs again, now updating the rows; each rating is counted once.
 */
class ConcurrentRollupTest {

    @Test
    void twoBatchesCreatingTheSameRowsAtOnceCountEachRatingOnce() throws Exception {
        Db db = Databases.postgres();
        JdbcClient jdbc = db.jdbc();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        PendingRatings pending = new PendingRatings(jdbc);
        String tag = Long.toString(System.nanoTime(), 36);
        long agency = insert(
                jdbc,
                "insert into agency (code, name, kind, unit_code, province_code) values ('cr-" + tag
                        + "', 'UBND xã đồng thời', 'COMMUNE_PC', '97', '97')");
        long first = rating(jdbc, agency, tag + "-1");

        CountDownLatch firstCounted = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            pending.addAll(java.util.List.of(first));
            long batch = 1_000_000 + first;
            assertThat(pending.claim(batch, 10)).isEqualTo(1);
            pending.count(batch);
            firstCounted.countDown();
            sleep(700);
            pending.delete(batch);
        }));
        assertThat(firstCounted.await(10, TimeUnit.SECONDS)).isTrue();
        long second = rating(jdbc, agency, tag + "-2");
        RatingDrain otherInstance = TestRollups.drain(db);
        CompletableFuture<Void> two =
                CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> otherInstance.add(second)));
        one.get(20, TimeUnit.SECONDS);
        two.get(20, TimeUnit.SECONDS);

        assertThat(jdbc.sql("select sum(s5) from insight_rating_day where agency_id = ? and item_code = 'RESULT'")
                        .param(agency)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select sum(s4) from insight_rating_day where agency_id = ? and item_code = 'CONDUCT'")
                        .param(agency)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select ratings from insight_rating_count where agency_id = ?")
                        .param(agency)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select s5, ratings from insight_rating_month where agency_id = ?")
                        .param(agency)
                        .query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2))
                        .single())
                .isEqualTo("2/2");
        assertThat(jdbc.sql("select count(*) from insight_rating_pending where rating_id in (?, ?)")
                        .params(first, second)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A kiosk rating of an officer (no dossier) with answers 5 and 4, on 20 November 2026. */
    private static long rating(JdbcClient jdbc, long agency, String key) {
        long id = insert(
                jdbc,
                "insert into rating (idempotency_key, form_code, channel, instrument, agency_id, unit_code,"
                        + " created_at)"
                        + " values ('cr-" + key + "', 'QUICK', 'KIOSK', 'FIVE_LEVEL', " + agency
                        + ", '97', timestamp '2026-11-20 09:00:00')");
        jdbc.sql("insert into rating_answer (rating_id, item_code, score) values (?, 'RESULT', 5), (?, 'CONDUCT', 4)")
                .params(id, id)
                .update();
        return id;
    }

    private static long insert(JdbcClient jdbc, String sql) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
