package vn.hailong.shared;

/** Small text helpers shared by forms, imports and the API. */
public final class Texts {

    private Texts() {}

    /** Null for a missing or blank value, otherwise the value trimmed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
