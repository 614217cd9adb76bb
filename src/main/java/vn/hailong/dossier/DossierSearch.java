package vn.hailong.dossier;

import java.util.Map;

/**
 * What the dossier search box matches: the code with or without dashes (anywhere in it) when the text has a digit, and
 * for those who may read personal data the applicant's name without diacritics (anywhere in it) when it has a letter
 * and the last digits of the phone when it is three or more digits. Others search by code only, so a masked list never confirms a name.
 */
record DossierSearch(String codeKey, String name, String phoneReversed) {

    static final DossierSearch NONE = new DossierSearch(null, null, null);

    static DossierSearch of(String text, boolean personalData) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String code = text.matches(".*\\d.*") ? DossierSearchKeys.code(text) : "";
        String name = personalData && text.matches(".*\\p{L}.*") ? DossierSearchKeys.name(text) : "";
        String digits = text.replaceAll("[\\s.+-]", "");
        String phone = personalData && digits.matches("\\d{3,}") ? DossierSearchKeys.phoneReversed(digits) : null;
        return new DossierSearch(code.isEmpty() ? null : code, name.isEmpty() ? null : name, phone);
    }

    /** {@code " and (…)"}, or {@code ""} without a search; a search with nothing to match matches nothing. */
    String condition(Map<String, Object> params) {
        if (this == NONE) {
            return "";
        }
        StringBuilder or = new StringBuilder();
        if (codeKey != null) {
            or.append("d.code_key like :qCode escape '\\'");
            params.put("qCode", contains(codeKey));
        }
        if (name != null) {
            or.append(or.isEmpty() ? "" : " or ").append("d.search_name like :qName escape '\\'");
            params.put("qName", contains(name));
        }
        if (phoneReversed != null) {
            or.append(or.isEmpty() ? "" : " or ").append("d.phone_rev like :qPhone escape '\\'");
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
