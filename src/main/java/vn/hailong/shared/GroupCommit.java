package vn.hailong.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: concurrent requests hand their validated writes to a few writer threads, each of which takes what
 * waits (up to {@code max}, collecting for at most {@code window}), writes it in one transaction, commits once, and
 * only then answers each request. An answer therefore still means "durably stored". When the batch's transaction
 * fails (a constraint of one item), the batch is written again item by item, each in its own transaction, so that
 * one bad item fails alone. A transient conflict (lock timeout, serialization) runs the batch again, up to 3 times.
 *
 * @param <T> what a request hands over
 * @param <R> what it is answered
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    /** Writes a batch inside its transaction; answers each slot (or fails it alone, e.g. behind a savepoint). */
    @FunctionalInterface
    public interface Writer<T, R> {
        void write(List<Slot<T, R>> batch);
    }

    /** One request's item, and its answer once the batch has committed. */
    public static final class Slot<T, R> {
        private final T item;
        private final CompletableFuture<R> done = new CompletableFuture<>();
        private R value;
        private RuntimeException error;
        private boolean answered;

        Slot(T item) {
            this.item = item;
        }

        public T item() {
            return item;
        }

        public void succeed(R result) {
            value = result;
            error = null;
            answered = true;
        }

        public void fail(RuntimeException e) {
            error = e;
            value = null;
            answered = true;
        }

        void reset() {
            value = null;
            error = null;
            answered = false;
        }

        void complete() {
            if (error != null) {
                done.completeExceptionally(error);
            } else if (answered) {
                done.complete(value);
            } else {
                done.completeExceptionally(new IllegalStateException("not answered by the writer"));
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final BlockingQueue<Slot<T, R>> queue = new LinkedBlockingQueue<>();
    private final Writer<T, R> writer;
    private final TransactionTemplate tx;
    private final long windowNanos;
    private final int max;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public GroupCommit(
            String name, PlatformTransactionManager tm, Writer<T, R> writer, int writers, Duration window, int max) {
        this.writer = writer;
        this.tx = new TransactionTemplate(tm);
        this.windowNanos = window.toNanos();
        this.max = max;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::loop, name + "-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Hands the item to a writer and waits until its batch has committed; rethrows the item's own failure. */
    public R submit(T item) {
        Slot<T, R> slot = new Slot<>(item);
        if (!running) {
            throw new IllegalStateException("group commit stopped");
        }
        queue.add(slot);
        try {
            return slot.done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        }
    }

    private void loop() {
        while (running) {
            List<Slot<T, R>> batch = new ArrayList<>();
            try {
                Slot<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + windowNanos;
                queue.drainTo(batch, max - batch.size());
                while (batch.size() < max) {
                    long left = deadline - System.nanoTime();
                    Slot<T, R> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    queue.drainTo(batch, max - batch.size());
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(s -> s.done.completeExceptionally(new IllegalStateException("stopped")));
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("Group commit writer failed", e);
                batch.forEach(s -> s.done.completeExceptionally(e));
            }
        }
    }

    private void write(List<Slot<T, R>> batch) {
        try {
            inTransaction(batch);
            batch.forEach(Slot::complete);
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).fail(failed);
                batch.get(0).complete();
                return;
            }
            for (Slot<T, R> slot : batch) {
                try {
                    inTransaction(List.of(slot));
                } catch (RuntimeException alone) {
                    slot.fail(alone);
                }
                slot.complete();
            }
        }
    }

    private void inTransaction(List<Slot<T, R>> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                batch.forEach(Slot::reset);
                tx.executeWithoutResult(s -> writer.write(batch));
                return;
            } catch (TransientDataAccessException conflict) {
                if (attempt == 3) {
                    throw conflict;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw conflict;
                }
            }
        }
    }

    /** Stops taking new items; the writers finish what they hold. */
    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Slot<T, R> left;
        while ((left = queue.poll()) != null) {
            left.done.completeExceptionally(new IllegalStateException("group commit stopped"));
        }
    }
}
