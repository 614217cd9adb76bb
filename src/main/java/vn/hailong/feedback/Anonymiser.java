package vn.hailong.feedback;

import java.util.regex.Pattern;

/**
 * Removes what identifies a person from a text before it is published: phone numbers, e-mail addresses,
 * identity numbers, and the name, phone and e-mail the citizen gave (the name in any letter case).
 */
final class Anonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?84|0)[\\d .-]{8,12}\\d");
    private static final Pattern ID_NUMBER = Pattern.compile("\\b\\d{9,12}\\b");

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
        out = EMAIL.matcher(out).replaceAll("***");
        out = PHONE.matcher(out).replaceAll("***");
        out = ID_NUMBER.matcher(out).replaceAll("***");
        if (name != null && !name.isBlank()) {
            out = Pattern.compile(Pattern.quote(name.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out)
                    .replaceAll("***");
        }
        return out;
    }
}
