package vn.hailong.survey;

/**
 * A person who could be invited: a dossier whose result was returned, its field, whether a citizen or an
 * organisation applied ({@code CITIZEN} / {@code ORGANISATION}; field × kind is the stratum) and a contact.
 */
public record Candidate(long dossierId, String fieldCode, String applicantKind, String contact) {

    static final String CITIZEN = "CITIZEN";

    /** The stratum: the field for citizens (as before the kind was recorded), field and kind for organisations. */
    String stratum() {
        return CITIZEN.equals(applicantKind) ? fieldCode : fieldCode + "|" + applicantKind;
    }
}
