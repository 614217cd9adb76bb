package vn.hailong.insight;

/**
 * What an alert rule watches over its window of days: satisfaction below a threshold (a fraction 0..1,
 * only with at least one answer), negative answers (1 or 2) over a count, open dossiers past due over a count.
 */
public enum AlertKind {
    SATISFACTION_BELOW, NEGATIVE_OVER, OVERDUE_OVER
}
