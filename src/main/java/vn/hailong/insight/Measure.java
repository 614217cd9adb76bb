package vn.hailong.insight;

/** What a ranking orders by: the satisfaction rate (n = valid answers) or the early-or-on-time share (n = finished dossiers). */
public enum Measure {
    SATISFACTION,
    TIMELINESS
}
