package vn.hailong.insight;

/**
 * What an alert rule watches over its window of days: satisfaction below a threshold (a fraction 0..1,
 * only with at least one answer), negative answers (1 or 2) over a count, open dossiers past due over a count,
 * feedback cases past their date and not answered over a count (the last two: now, whatever the window).
 */
public enum AlertKind {
    SATISFACTION_BELOW,
    NEGATIVE_OVER,
    OVERDUE_OVER,
    OVERDUE_CASES_OVER
}
