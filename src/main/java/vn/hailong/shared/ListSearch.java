package vn.hailong.shared;

import java.util.Map;

/**
 * What a list's search box matches ({@link SearchKeys} columns {@code code_key}, {@code search_name} and
 * {@code phone_rev} beside the listed rows): the code with or without dashes (anywhere in it) when the text has a
 * digit, and for those who may read personal data the person's name without diacritics (anywhere in it) when it has a
 * letter and the last digits of the phone when it is three or more digits. Others search by code only, so a masked
 * list never confirms a name.
 */
public record ListSearch(String codeKey, String name, String phoneReversed) {

    public static final ListSearch NONE = new ListSearch(null, null, null);

    public static ListSearch of(String text, boolean personalData) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String code = text.matches(".*\\d.*") ? SearchKeys.code(text) : "";
        String name = personalData && text.matches(".*\\p{L}.*") ? SearchKeys.name(text) : "";
        String digits = text.replaceAll("[\\s.+-]", "");
        String phone = personalData && digits.matches("\\d{3,}") ? SearchKeys.phoneReversed(digits) : null;
        return new ListSearch(code.isEmpty() ? null : code, name.isEmpty() ? null : name, phone);
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
            params.put("qCode", contains(codeKey));
        }
        if (name != null) {
            or.append(or.isEmpty() ? "" : " or ").append(alias).append(".search_name like :qName escape '\\'");
            params.put("qName", contains(name));
        }
        if (phoneReversed != null) {
            or.append(or.isEmpty() ? "" : " or ").append(alias).append(".phone_rev like :qPhone escape '\\'");
            params.put("qPhone", escape(phoneReversed) + "%");
        }
        return or.isEmpty() ? " and 1 = 0" : " and (" + or + ")";
    }

    private static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
