package vn.hailong.dossier;

/** The applicant's personal data; masked for users who do not need it. */
public record Applicant(String name, String phone, String email, String address) {

    public Applicant masked() {
        return new Applicant(maskedName(name), mask(phone), mask(email), address == null ? null : "***");
    }

    /** A person's name as users who may not read personal data see it: initials, then the given name ("Đ. T. Mai"). */
    public static String maskedName(String full) {
        if (full == null || full.isBlank()) {
            return full;
        }
        String[] parts = full.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i == parts.length - 1 ? parts[i] : parts[i].charAt(0) + ".")
                    .append(i < parts.length - 1 ? " " : "");
        }
        return out.toString();
    }

    private static String mask(String s) {
        if (s == null || s.length() < 4) {
            return s == null ? null : "***";
        }
        return "***" + s.substring(s.length() - 3);
    }
}
