package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one definition of an overdue dossier: still open (received, being processed, awaiting a supplement or a fee)
 * and past its due time. A closed dossier (withdrawn, refused, stopped, returned) or a resolved one is never overdue;
 * alerts, lists, badges and reports all ask here.
 */
public final class Overdue {

    /** The national status codes of open dossiers, for SQL: {@code 1, 2, 4, 5, 6}. */
    public static final String OPEN_CODES = Arrays.stream(DossierStatus.values())
            .filter(DossierStatus::open)
            .map(s -> String.valueOf(s.code()))
            .collect(Collectors.joining(", "));

    private Overdue() {}

    /** The SQL condition on the dossier table aliased {@code alias}, with the instant as the parameter {@code :now}. */
    public static String predicate(String alias) {
        return alias + ".status in (" + OPEN_CODES + ") and " + alias + ".due_at < :now";
    }

    public static boolean test(DossierStatus status, LocalDateTime dueAt, LocalDateTime now) {
        return status.open() && dueAt != null && dueAt.isBefore(now);
    }

    /**
     * The progress a badge shows: the timeliness of a finished dossier, "OVERDUE" for an open one past its due time,
     * "CLOSED" for one that ended without a result (withdrawn, refused, stopped: no deadline applies any more), else
     * "PENDING" (being processed). The keys are {@code timeliness.*} messages.
     */
    public static String progress(DossierStatus status, Timeliness timeliness, LocalDateTime dueAt, LocalDateTime now) {
        if (timeliness != Timeliness.PENDING) {
            return timeliness.name();
        }
        if (status.closed()) {
            return "CLOSED";
        }
        if (status == DossierStatus.RESOLVED) {
            return timeliness.name();
        }
        return now != null && test(status, dueAt, now) ? "OVERDUE" : "PENDING";
    }
}
