package vn.hailong.dossier;

/**
 * A breach of the one-stop rules of Decree 118/2025/NĐ-CP that does not stop the dossier but is counted against the
 * unit: the event still happens (the citizen still gets the supplement request or the apology).
 */
enum DossierFlag {
    /** The supplement was asked more than 3 working days after receipt (Art. 19(5)). */
    SUPPLEMENT_REQUEST_LATE,
    /** Guidance on what is missing was given more than once (Art. 11(2)(c), 17(2)(a): "trong một lần"). */
    SECOND_SUPPLEMENT_REQUEST,
    /** The apology and extension came later than one day before the due date (Art. 19(6)). */
    APOLOGY_LATE,
    /** An online dossier was not accepted or asked to supplement within 8 working hours (Art. 17(2)(c)). */
    ONLINE_RECEPTION_LATE
}
