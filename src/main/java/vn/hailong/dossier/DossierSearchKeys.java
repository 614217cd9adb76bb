package vn.hailong.dossier;

import java.util.Locale;
import vn.hailong.shared.VietnameseText;

/**
 * The search columns stored beside each dossier (written with it, indexed): the applicant's name without diacritics,
 * the code without dashes, and the phone's digits reversed (so "the last digits" is a prefix an index can use).
 */
final class DossierSearchKeys {

    private DossierSearchKeys() {}

    static String name(String applicantName) {
        String folded = VietnameseText.fold(applicantName);
        return folded.length() > 160 ? folded.substring(0, 160) : folded;
    }

    static String code(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String phoneReversed(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : new StringBuilder(digits).reverse().toString();
    }
}
