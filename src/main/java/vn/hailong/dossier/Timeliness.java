package vn.hailong.dossier;

import java.time.LocalDateTime;

/** Early / on time / late against the due date; pending while open. */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE,
    PENDING;

    /** Finished before the due day = early; on the due day (by its closing time) = on time; after = late. */
    public static Timeliness of(LocalDateTime finishedAt, LocalDateTime dueAt) {
        if (finishedAt == null || dueAt == null) {
            return PENDING;
        }
        if (finishedAt.isAfter(dueAt)) {
            return LATE;
        }
        return finishedAt.toLocalDate().isBefore(dueAt.toLocalDate()) ? EARLY : ON_TIME;
    }
}
