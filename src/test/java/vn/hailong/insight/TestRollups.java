package vn.hailong.insight;

import java.time.Duration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.hailong.insight.evaluation.EvaluationScores;
import vn.hailong.insight.rollup.BallotTallies;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.insight.rollup.ProcessingDays;
import vn.hailong.insight.rollup.RollupRepository;
import vn.hailong.support.Databases.Db;

/** The rollups alone on a test database: no audit, no Decree 61 scores, ratings counted as soon as they are stored. */
final class TestRollups {

    private TestRollups() {}

    static Rollups of(Db db, BallotTallies ballots, ProcessingDays days) {
        DataSourceTransactionManager tm = new DataSourceTransactionManager(db.dataSource());
        return new Rollups(new RollupRepository(db.jdbc()), null, tm, ballots, days, null, drain(db));
    }

    /** A drain of its own (as in a second instance of the application), counting only when asked. */
    static RatingDrain drain(Db db) {
        return drain(db, null);
    }

    /** A drain that also rescores the rated dossiers' Decree 61 scores. */
    static RatingDrain drain(Db db, EvaluationScores decree61) {
        return new RatingDrain(
                new PendingRatings(db.jdbc()),
                decree61,
                new DataSourceTransactionManager(db.dataSource()),
                Duration.ZERO);
    }
}
