package vn.hailong.shared;

import java.util.Map;
import java.util.function.Function;

/**
 * What a list's search box matches ({@link SearchKeys} columns {@code code_key}, {@code search_name} and
 * {@code phone_rev} beside the listed rows): the code with or without dashes when the text has a digit, and for those
 * who may read personal data the person's name without diacritics when it has a letter and the last digits of the
 * phone when it is three or more digits. Others search by code only, so a masked list never confirms a name.
 *
 * <p>Code and name match anywhere in them; {@link #fromStart()} matches them from their beginning only (a whole or
 * beginning code, a name of two words or more typed from the family name), which plain indexes answer at any size,
 * where "anywhere" needs trigram indexes whose cost grows with the table. {@link #tiered} runs a list from the start
 * first and anywhere only when that finds nothing; a name of one word is searched anywhere at once.
 */
public record ListSearch(String codeKey, String name, String phoneReversed, boolean startOnly) {

    public static final ListSearch NONE = new ListSearch(null, null, null, false);

    public static ListSearch of(String text, boolean personalData) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String code = text.matches(".*\\d.*") ? SearchKeys.code(text) : "";
        // a person's name has letters and no digits
        String name = personalData && text.matches(".*\\p{L}.*") && code.isEmpty() ? SearchKeys.name(text) : "";
        String digits = text.replaceAll("[\\s.+-]", "");
        String phone = personalData && digits.matches("\\d{3,}") ? SearchKeys.phoneReversed(digits) : null;
        return new ListSearch(code.isEmpty() ? null : code, name.isEmpty() ? null : name, phone, false);
    }

    /** The same search matching code and name from their beginning only. */
    public ListSearch fromStart() {
        return this == NONE ? NONE : new ListSearch(codeKey, name, phoneReversed, true);
    }

    /**
     * A list page of this search: from the start first ({@link #fromStart()}), anywhere when that matches nothing. The
     * page's total counts every match whatever its cursor, so a later page stays with the form its first page used.
     */
    public <T> ListPage<T> tiered(Function<ListSearch, ListPage<T>> page) {
        if (this == NONE) {
            return page.apply(this);
        }
        if (name != null && !name.contains(" ")) {
            // one word is as often a given name ("hoa") as the start of a family name ("hoàng"): anywhere
            return page.apply(this);
        }
        ListPage<T> start = page.apply(fromStart());
        return start.total() > 0 || !start.items().isEmpty() ? start : page.apply(this);
    }

    /**
     * {@code " and (…)"} over the search columns of the table aliased {@code alias}, or {@code ""} without a search;
     * a search with nothing to match matches nothing.
     */
    public String condition(String alias, Map<String, Object> params) {
        if (this == NONE) {
            return "";
        }
        StringBuilder or = new StringBuilder();
        if (codeKey != null) {
            or.append(alias).append(".code_key like :qCode escape '\\'");
            params.put("qCode", pattern(codeKey));
        }
        if (name != null) {
            or.append(or.isEmpty() ? "" : " or ").append(alias).append(".search_name like :qName escape '\\'");
            params.put("qName", pattern(name));
        }
        if (phoneReversed != null) {
            or.append(or.isEmpty() ? "" : " or ").append(alias).append(".phone_rev like :qPhone escape '\\'");
            params.put("qPhone", escape(phoneReversed) + "%");
        }
        return or.isEmpty() ? " and 1 = 0" : " and (" + or + ")";
    }

    private String pattern(String text) {
        return (startOnly ? "" : "%") + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
