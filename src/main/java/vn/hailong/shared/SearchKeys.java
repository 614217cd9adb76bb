package vn.hailong.shared;

import java.util.Locale;

/**
 * The search columns stored beside a listed row (written with it, indexed): the person's name without diacritics,
 * the code without dashes, and the phone's digits reversed (so "the last digits" is a prefix an index can use).
 */
public final class SearchKeys {

    private SearchKeys() {}

    public static String name(String applicantName) {
        String folded = VietnameseText.fold(applicantName);
        return folded.length() > 160 ? folded.substring(0, 160) : folded;
    }

    public static String code(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static String phoneReversed(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : new StringBuilder(digits).reverse().toString();
    }
}
