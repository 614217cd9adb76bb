package vn.hailong.shared;

import java.util.regex.Pattern;

/**
 * What identifies a person in a free text, found without knowing who wrote it: e-mail addresses, Vietnamese phone
 * numbers and identity numbers (9 to 12 digits), each replaced by {@code ***}. Used before a text leaves for the
 * public or an export.
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?84|0)[\\d .-]{8,12}\\d");
    private static final Pattern ID_NUMBER = Pattern.compile("\\b\\d{9,12}\\b");

    private PersonalData() {}

    /** The text without e-mail addresses, phone and identity numbers; null stays null. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("***");
        out = PHONE.matcher(out).replaceAll("***");
        return ID_NUMBER.matcher(out).replaceAll("***");
    }
}
