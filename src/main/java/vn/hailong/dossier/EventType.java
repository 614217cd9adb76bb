package vn.hailong.dossier;

/** What can happen to a dossier after its receipt. */
public enum EventType {
    RECEIVED,
    HANDED_OVER,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENT_RECEIVED,
    AWAITING_PAYMENT,
    PAYMENT_RECEIVED,
    RESOLVED,
    RETURNED,
    WITHDRAWN,
    REFUSED,
    STOPPED,
    EXTENDED,
    /** The due time moved because a government decision changed the working calendar (recorded by the system). */
    DUE_RECOMPUTED
}
