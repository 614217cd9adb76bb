package vn.hailong.feedback;

import java.util.regex.Pattern;

/** Removes what identifies a person from a text before it is published: phone numbers, e-mail addresses, the name given. */
final class Anonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?84|0)[\\d .-]{8,12}\\d");
    private static final Pattern ID_NUMBER = Pattern.compile("\\b\\d{9,12}\\b");

    private Anonymiser() {
    }

    static String mask(String text, String name) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("***");
        out = PHONE.matcher(out).replaceAll("***");
        out = ID_NUMBER.matcher(out).replaceAll("***");
        if (name != null && !name.isBlank()) {
            out = out.replace(name.trim(), "***");
        }
        return out;
    }
}
