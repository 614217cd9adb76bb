package vn.hailong.organization;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.hailong.shared.InvalidInputException;

/**
 * An agency's electronic identifier (mã định danh điện tử), the first part of its dossier codes (Decree
 * 118/2025/NĐ-CP Art. 28(2)(a); Circular 04/2025/TT-VPCP Art. 23(2) writes it {@code MX1X2.Y1Y2Y3.Z1Z2}; the spec's
 * example is {@code H15.50.05.13}). The official structure is set by the rules on electronic identifiers of agencies
 * (Decision 20/2020/QĐ-TTg), whose text is not in shared/law; what is checked here is ASSUMED from those two
 * examples and must be checked against it ("cần đối chiếu văn bản gốc"): a level-1 group of one capital letter and
 * two digits, then one to three groups of two or three digits, separated by single dots, at most 35 characters.
 * Stored in capitals.
 */
public final class ElectronicId {

    static final int MAX_LENGTH = 35;
    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{2,3}){1,3}");

    private ElectronicId() {}

    /** Whether the text has the shape of an electronic identifier (in capitals, as stored). */
    public static boolean valid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SHAPE.matcher(id).matches();
    }

    /** The identifier in capitals, or {@code null} for a blank one (not known yet). */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.trim().toUpperCase(Locale.ROOT);
        if (!valid(id)) {
            throw new InvalidInputException("agency.electronicId.invalid", raw.trim());
        }
        return id;
    }
}
