package vn.hailong.feedback;

import java.util.Set;

/** The steps of a case; the agency's clock runs in {@link #ACTIVE} states, the citizen's in INFO_REQUESTED. */
public enum FeedbackStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    ASSIGNED,
    INFO_REQUESTED,
    ANSWERED,
    PUBLISHED,
    CLOSED,
    SPAM;

    /** States in which the agency owes the next step (and can be overdue). */
    public static final Set<FeedbackStatus> ACTIVE = Set.of(RECEIVED, ACCEPTED, ASSIGNED);

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
