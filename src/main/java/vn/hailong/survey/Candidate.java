package vn.hailong.survey;

import vn.hailong.dossier.DossierLookup;

/**
 * A person who could be invited: a dossier whose result was returned, its field, whether a citizen or an
 * organisation applied ({@code CITIZEN} / {@code ORGANISATION}; field × kind is the stratum) and a contact.
 */
record Candidate(long dossierId, String fieldCode, String applicantKind, String contact) {

    static final String CITIZEN = "CITIZEN";

    /**
     * The applicants of a unit whose result was returned in the window (latest first), less those invited
     * recently; one per contact (the latest returned).
     */
    static java.util.List<Candidate> drawable(
            java.util.List<DossierLookup.ReturnedApplicant> returned, java.util.Set<String> invited) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return returned.stream()
                .filter(a -> !invited.contains(a.contact()) && seen.add(a.contact()))
                .map(a -> new Candidate(a.dossierId(), a.fieldCode(), a.applicantKind(), a.contact()))
                .toList();
    }

    /** The stratum: the field for citizens (as before the kind was recorded), field and kind for organisations. */
    String stratum() {
        return CITIZEN.equals(applicantKind) ? fieldCode : fieldCode + "|" + applicantKind;
    }
}
