package vn.hailong.dossier;

/**
 * When a dossier's citizen is asked for a rating: at the reception (the receipt's QR, the counter's kiosk — how the
 * dossier was received: the officers' conduct, the guidance, what was asked for) and at the return (the result slip,
 * the return message — the time, the result). One rating per dossier and moment.
 */
public enum RatingMoment {
    RECEPTION,
    RESULT;

    /** The moment a rating made now is of, when nothing says: the result once the dossier was returned. */
    public static RatingMoment of(boolean returned) {
        return returned ? RESULT : RECEPTION;
    }
}
