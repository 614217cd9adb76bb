package vn.hailong.dossier;

import java.time.LocalDateTime;

/**
 * A processing step of a dossier was finished (published inside the transaction that finished it, so a
 * listener's writes commit or roll back with it): the step's agency and officer, when, and its timeliness
 * against the step's allotted due time.
 */
public record StepFinished(
        long dossierId, int seq, long agencyId, Long officerId, LocalDateTime at, Timeliness timeliness) {}
