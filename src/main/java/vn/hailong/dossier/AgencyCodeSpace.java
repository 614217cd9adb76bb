package vn.hailong.dossier;

import vn.hailong.shared.InvalidInputException;

/**
 * A code chosen outside the system (typed at the desk, sent by an integration, carried by an imported row) lies in
 * the receiving agency's namespace: it begins with "{agency code}-", as the national format
 * {unit identifier}-{yymmdd}-{sequence} does. A clash can then only be with a dossier of that same agency, so
 * "this code is taken" tells the caller nothing about other agencies' dossiers.
 */
final class AgencyCodeSpace {

    private AgencyCodeSpace() {}

    /** The trimmed code, or 400 {@code dossier.codeOutsideAgency} naming the prefix it must have. */
    static String check(String agencyCode, String chosen) {
        String code = chosen == null ? "" : chosen.trim();
        String prefix = agencyCode + "-";
        if (!code.startsWith(prefix) || code.length() == prefix.length()) {
            throw new InvalidInputException("dossier.codeOutsideAgency", prefix);
        }
        return code;
    }
}
