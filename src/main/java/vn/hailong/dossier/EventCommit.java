package vn.hailong.dossier;

import jakarta.annotation.PreDestroy;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.shared.GroupCommit;

/**
 * The dossier events API by group commit: the events that arrive within a few milliseconds are applied in one
 * transaction, each behind its own savepoint and with its caller's identity and scope ({@link Dossiers#apply}: same
 * checks, same answers), and each request is answered once that transaction has committed. An event refused by its
 * rules fails alone; a lock conflict runs the whole batch again.
 */
@Component
public class EventCommit {

    private record Job(String code, NewEvent event, SecurityContext caller) {}

    private final GroupCommit<Job, DossierView> commits;

    EventCommit(Dossiers dossiers, PlatformTransactionManager tm, DossierProperties properties) {
        var group = properties.eventCommit();
        TransactionTemplate savepoint = new TransactionTemplate(tm);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.commits = new GroupCommit<>(
                "event-commit",
                tm,
                batch -> {
                    for (var slot : batch) {
                        Job job = slot.item();
                        SecurityContextHolder.setContext(job.caller());
                        try {
                            slot.succeed(savepoint.execute(s -> dossiers.apply(job.code(), job.event())));
                        } catch (TransientDataAccessException | TransactionSystemException conflict) {
                            // a lock conflict, or a deadlock that rolled back the whole transaction (its savepoint
                            // with it): the batch runs again
                            throw conflict;
                        } catch (RuntimeException refused) {
                            slot.fail(refused);
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }
                },
                group.writers(),
                group.window(),
                group.max());
    }

    /** Applies an event (see {@link Dossiers#apply}) with the others of its batch; returns once committed. */
    public DossierView apply(String code, NewEvent event) {
        return commits.submit(new Job(code, event, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        commits.close();
    }
}
