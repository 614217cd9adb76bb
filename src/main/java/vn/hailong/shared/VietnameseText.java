package vn.hailong.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for searching: lower case, no diacritics, đ → d, single spaces. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    /**
     * Vietnamese alphabetical order, as lists of names are read: A Ă Â B C D Đ E Ê … O Ô Ơ … U Ư …, letters before
     * tones ("Hạ Long" before "Hà Tu"), where the database's own order would put every Đ after Z.
     */
    public static final Comparator<String> ORDER = (x, y) -> VI.compare(x == null ? "" : x, y == null ? "" : y);

    private VietnameseText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A LIKE pattern that matches the folded text anywhere, with LIKE wildcards escaped. */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
