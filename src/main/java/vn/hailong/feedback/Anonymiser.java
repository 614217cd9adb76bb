package vn.hailong.feedback;

import java.util.regex.Pattern;

/**
 * Removes what identifies a person from a text before it is published: phone numbers, e-mail addresses,
 * identity numbers, and the name, phone and e-mail the citizen gave (the name in any letter case).
 */
final class Anonymiser {

    private Anonymiser() {}

    static String mask(String text, String name) {
        return mask(text, name, null, null);
    }

    static String mask(String text, String name, String phone, String email) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String given : new String[] {email, phone}) {
            if (given != null && !given.isBlank()) {
                out = out.replace(given.trim(), "***");
            }
        }
        out = vn.hailong.shared.PersonalData.strip(out);
        if (name != null && !name.isBlank()) {
            out = Pattern.compile(Pattern.quote(name.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out)
                    .replaceAll("***");
        }
        return out;
    }
}
