package vn.hailong.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that a transaction collects and does once, just before it commits: e.g. the pending-count row of every
 * rating of a group commit in one batch instead of one statement per rating. They still commit or roll back with the
 * transaction. Without a transaction the item is written at once.
 */
public final class BeforeCommit {

    private BeforeCommit() {}

    /**
     * Adds {@code item} to the current transaction's list under {@code key} (one list per key and transaction);
     * {@code flush} runs once, before the commit, with the whole list.
     */
    @SuppressWarnings("unchecked")
    public static <X> void collect(Object key, X item, Consumer<List<X>> flush) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            flush.accept(List.of(item));
            return;
        }
        List<X> items = (List<X>) TransactionSynchronizationManager.getResource(key);
        if (items == null) {
            List<X> fresh = new ArrayList<>();
            items = fresh;
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    flush.accept(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        items.add(item);
    }
}
