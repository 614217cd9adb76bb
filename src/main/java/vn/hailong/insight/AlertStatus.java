package vn.hailong.insight;

/** Where an alert stands: raised and waiting, seen by the unit, or closed with a note saying what was done. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
}
