package vn.hailong.ballot;

/** Due (scheduled), entered (tally saved), checked (by a second member), closed (minutes locked). */
public enum SessionStatus {
    DUE,
    ENTERED,
    CHECKED,
    CLOSED
}
