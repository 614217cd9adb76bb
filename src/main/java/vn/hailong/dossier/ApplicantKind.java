package vn.hailong.dossier;

import java.util.Locale;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.VietnameseText;

/** Who applied: a citizen (công dân) or an organisation (tổ chức, through its representative). */
public enum ApplicantKind {
    CITIZEN,
    ORGANISATION;

    /**
     * Reads an import cell or a form value: the code, or the Vietnamese word with or without diacritics
     * ("Công dân", "Tổ chức"); blank is a citizen.
     */
    public static ApplicantKind parse(String value) {
        if (value == null || value.isBlank()) {
            return CITIZEN;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("ORGANIZATION")) {
            return ORGANISATION;
        }
        for (ApplicantKind k : values()) {
            if (k.name().equals(v)) {
                return k;
            }
        }
        return switch (VietnameseText.fold(value)) {
            case "cong dan", "ca nhan" -> CITIZEN;
            case "to chuc", "doanh nghiep" -> ORGANISATION;
            default -> throw new InvalidInputException("dossier.badApplicantKind", value);
        };
    }
}
