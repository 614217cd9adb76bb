package vn.hailong.dossier;

import java.util.Arrays;

/** The national status codes 1–10 of a one-stop dossier. */
public enum DossierStatus {
    REGISTERED(1),
    RECEIVED(2),
    REFUSED(3),
    PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    STOPPED(8),
    RESOLVED(9),
    RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** No further event is possible: the result was returned, or the dossier ended without one. */
    public boolean closed() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /** Still being worked on (the deadline clock matters). */
    public boolean open() {
        return !closed() && this != RESOLVED;
    }

    public static DossierStatus of(int code) {
        return Arrays.stream(values())
                .filter(s -> s.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status " + code));
    }
}
