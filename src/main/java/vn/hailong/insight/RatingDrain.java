package vn.hailong.insight;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.insight.evaluation.EvaluationScores;
import vn.hailong.insight.rollup.PendingRatings;
import vn.hailong.shared.BeforeCommit;

/**
 * Counts stored ratings into the rollups in batches, after their transactions commit: a rating's own
 * transaction only marks it pending ({@link PendingRatings}), so that a burst of ratings costs one set of
 * MERGEs per batch instead of five per rating. With a {@code hailong.insight.rollups.batch-delay} of zero the
 * committing thread counts at once (dashboards read their own writes; the tests run so); otherwise one
 * background thread counts what arrived during that delay. Every few seconds it also counts what an earlier
 * process left pending (a crash between commit and count, another instance). Each batch is claimed, counted
 * and deleted in one transaction, so a rating is counted once and never lost.
 */
@Component
public class RatingDrain {

    private static final Logger LOG = LoggerFactory.getLogger(RatingDrain.class);
    private static final int BATCH = 5_000;
    private static final Duration LAST_COUNT_WAIT = Duration.ofSeconds(2);

    private final PendingRatings pending;
    private final EvaluationScores decree61;
    private final TransactionTemplate tx;
    private final Duration delay;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService executor;
    private final Object pendingKey = new Object();
    private final Object countKey = new Object();

    @Autowired
    RatingDrain(
            PendingRatings pending,
            EvaluationScores decree61,
            PlatformTransactionManager tm,
            InsightProperties properties) {
        this(pending, decree61, tm, properties.rollups().batchDelay());
    }

    /** {@code decree61} may be null in tests of the rollups alone. */
    RatingDrain(PendingRatings pending, EvaluationScores decree61, PlatformTransactionManager tm, Duration delay) {
        this.pending = pending;
        this.decree61 = decree61;
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rating-drain");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Counts what an earlier process left pending (a crash between commit and count) or another instance has not
     * counted yet. Every instance sweeps (no ShedLock): the claim lets only one of them count a rating.
     */
    @Scheduled(fixedDelayString = "${hailong.insight.rollups.sweep:PT5S}", initialDelayString = "PT1S")
    void sweep() {
        drainQuietly();
    }

    /**
     * Marks a stored rating pending (in its transaction: all ratings of a transaction in one statement just before it
     * commits) and counts it once that transaction has committed.
     */
    void add(long ratingId) {
        BeforeCommit.collect(pendingKey, ratingId, pending::addAll);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            soon();
        } else if (TransactionSynchronizationManager.getResource(countKey) == null) {
            TransactionSynchronizationManager.bindResource(countKey, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    soon();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(countKey);
                }
            });
        }
    }

    private void soon() {
        if (delay.isZero() && lock.tryLock()) {
            // this thread still holds its committed transaction's connection: it never waits for another drain
            try {
                drainQuietly();
            } finally {
                lock.unlock();
            }
        } else if (scheduled.compareAndSet(false, true)) {
            executor.schedule(
                    () -> {
                        scheduled.set(false);
                        drainQuietly();
                    },
                    delay.isZero() ? 50 : delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the ratings stay pending: the next drain counts them
            LOG.warn("Counting pending ratings failed; they stay pending", e);
        }
    }

    /** Counts every pending rating committed so far; returns how many. */
    public long drain() {
        lock.lock();
        try {
            long counted = 0;
            for (int n = BATCH; n == BATCH; counted += n) {
                n = batch();
            }
            return counted;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every pending rating: the caller (the rebuild, under {@link #exclusive}) counts them from the raw rows. */
    void forgetPending() {
        pending.clear();
    }

    /** Runs {@code work} while no batch is being counted in this process (the rebuild). */
    void exclusive(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /** One batch in one transaction; a concurrent instance that created the same new rollup row first makes it run again. */
    private int batch() {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer n = tx.execute(s -> {
                    long batch = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
                    int claimed = pending.claim(batch, BATCH);
                    if (claimed > 0) {
                        List<Long> rated = pending.count(batch);
                        if (decree61 != null) {
                            decree61.rescoreAll(rated);
                        }
                        pending.delete(batch);
                    }
                    return claimed;
                });
                return n == null ? 0 : n;
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Counts what is still pending before the process ends, waiting at most {@link #LAST_COUNT_WAIT}: a database that
     * is already gone (a test JVM's embedded one, stopped by its own shutdown hook) would hold the shutdown for the
     * pool's whole connection timeout. What stays pending is durable; the next start's sweep counts it.
     */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
        Thread last = new Thread(this::drainQuietly, "rating-drain-last");
        last.setDaemon(true);
        last.start();
        try {
            last.join(LAST_COUNT_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
