package vn.hailong.dossier;

import vn.hailong.shared.InvalidInputException;

/**
 * A code chosen outside the system (typed at the desk, sent by an integration, carried by an imported row) lies in
 * the resolving agency's namespace: either a code of Decree 118/2025/NĐ-CP Art. 28 that begins with the agency's
 * electronic identifier ({@link DossierCode}, the {@code -AAXXXX} variant included), or, as before the identifier
 * was entered, any code that begins with "{agency code}-". A clash can then only be with a dossier of that same
 * agency, so "this code is taken" tells the caller nothing about other agencies' dossiers.
 */
final class AgencyCodeSpace {

    private AgencyCodeSpace() {}

    /**
     * The trimmed code (an Art. 28 code in capitals), or 400 {@code dossier.codeOutsideAgency} naming the prefixes it
     * may have.
     */
    static String check(String agencyCode, String electronicId, String chosen) {
        String code = chosen == null ? "" : chosen.trim();
        String prefix = agencyCode + "-";
        if (code.startsWith(prefix) && code.length() > prefix.length()) {
            return code;
        }
        String upper = DossierCode.normalise(code);
        if (electronicId != null
                && upper.startsWith(electronicId + "-")
                && DossierCode.parse(upper, false).isPresent()) {
            return upper;
        }
        throw new InvalidInputException(
                "dossier.codeOutsideAgency", electronicId == null ? prefix : electronicId + "-YYMMDD-XXXX, " + prefix);
    }
}
