package vn.hailong.dossier;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.dossier.DossierBulk.Outcome;

/**
 * Writes the batches of a bulk import, each in its own transaction with its counting ({@link DossiersImported}: the
 * rollups and the evaluation), on two writers at once on PostgreSQL ({@code hailong.dossier.import-writers}): while one batch's rows stream in by COPY, the
 * next is checked and streamed too, so that the database's two halves of the work (the rows and their indexes, the
 * counting) and the application's (reading, checking) use both cores. One at a time on H2.
 *
 * <p>The countings never overlap: a writer counts its batch and commits while holding one lock, so that two batches
 * never create the same new rollup row at once and lock rollup rows in one order. A code present in two batches
 * written at once makes the later one fail on the unique code; that batch is written again once the other has
 * committed, and then reports the code as existing, as it would have one batch after the other.
 */
@Component
class ImportWriters {

    private static final int ATTEMPTS = 3;

    private final DossierBulk bulk;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ReentrantLock counting = new ReentrantLock(true);
    private final int writers;

    ImportWriters(
            DossierBulk bulk,
            PlatformTransactionManager tm,
            ApplicationEventPublisher events,
            DossierProperties properties) {
        this.bulk = bulk;
        this.tx = new TransactionTemplate(tm);
        this.events = events;
        this.writers = bulk.copies() ? properties.importWriters() : 1;
    }

    /** Starts an import's writing: agencies outside {@code allowedAgencyIds} (null = all) are refused. */
    Run start(Set<Long> allowedAgencyIds, String actor) {
        return new Run(allowedAgencyIds, actor);
    }

    /** One import's batches: {@link #write} returns at once (or when all writers are busy); close waits for them. */
    final class Run implements AutoCloseable {

        private final Set<Long> allowed;
        private final String actor;
        private final ExecutorService pool;
        private final Semaphore free = new Semaphore(writers);
        private final AtomicInteger number = new AtomicInteger();

        private Run(Set<Long> allowed, String actor) {
            this.allowed = allowed;
            this.actor = actor;
            this.pool = Executors.newFixedThreadPool(writers, r -> {
                Thread t = new Thread(r, "dossier-import-" + number.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        /** Writes a batch once a writer is free; its outcomes, one per input in order, complete the future. */
        CompletableFuture<List<Outcome>> write(List<ImportedDossier> batch) {
            List<ImportedDossier> own = List.copyOf(batch);
            try {
                free.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an import writer", e);
            }
            try {
                return CompletableFuture.supplyAsync(() -> written(own), pool).whenComplete((o, e) -> free.release());
            } catch (RuntimeException refused) {
                free.release();
                throw refused;
            }
        }

        private List<Outcome> written(List<ImportedDossier> batch) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(batch);
                } catch (DuplicateKeyException | PessimisticLockingFailureException sameCodeInAnotherBatch) {
                    // the batch is rolled back whole: written again, it sees the other batch's committed codes
                    if (attempt == ATTEMPTS) {
                        throw sameCodeInAnotherBatch;
                    }
                }
            }
        }

        private List<Outcome> once(List<ImportedDossier> batch) {
            boolean[] locked = {false};
            try {
                return tx.execute(s -> {
                    List<Outcome> outcomes = bulk.write(batch, allowed, actor);
                    counting.lock();
                    locked[0] = true;
                    events.publishEvent(DossiersImported.of(batch, outcomes));
                    return outcomes;
                });
            } finally {
                if (locked[0]) {
                    counting.unlock();
                }
            }
        }

        /** Waits until every batch written so far has committed (or failed). */
        @Override
        public void close() {
            pool.shutdown();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
