package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hailong.rating.Answer;
import vn.hailong.rating.RatingReceived;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/**
 * Two transactions count the first rating of the same new rollup row at the same time on PostgreSQL:
 * the second one's MERGE waits for the first, fails on the primary key, and is retried from its
 * savepoint, so both ratings are stored and counted.
 */
class ConcurrentRollupTest {

    @Test
    void twoFirstRatingsOfOneRowAtOnceAreBothCounted() throws Exception {
        Db db = Databases.postgres();
        JdbcClient jdbc = db.jdbc();
        DataSourceTransactionManager tm = new DataSourceTransactionManager(db.dataSource());
        Rollups rollups = new Rollups(new RollupRepository(jdbc), null, tm, (scope, from, to) -> java.util.List.of(),
                (received, resolved, weekend) -> 0, null);
        long agency = 900_000 + System.nanoTime() % 99_999;
        RatingReceived rating = new RatingReceived(1, null, null, agency, 7L, "KIOSK", false, null,
                LocalDateTime.of(2026, 11, 20, 9, 0), "99", 3L, "P", "F", "QUICK", "FIVE_LEVEL",
                List.of(new Answer("RESULT", 5), new Answer("CONDUCT", 4)));
        CountDownLatch firstWrote = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(tm).executeWithoutResult(s -> {
            rollups.on(rating);
            firstWrote.countDown();
            sleep(700);
        }));
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> new TransactionTemplate(tm)
                .executeWithoutResult(s -> rollups.on(rating)));
        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);
        assertThat(jdbc.sql("select sum(s5) from insight_rating_day where agency_id = ? and item_code = 'RESULT'").param(agency)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select sum(s4) from insight_rating_day where agency_id = ? and item_code = 'CONDUCT'").param(agency)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select ratings from insight_rating_count where agency_id = ?").param(agency).query(Long.class).single())
                .isEqualTo(2);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
