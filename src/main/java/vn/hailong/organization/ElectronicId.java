package vn.hailong.organization;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.hailong.shared.InvalidInputException;

/**
 * An agency's electronic identifier (mã định danh điện tử), e.g. the {@code MX1X2.Y1Y2Y3.Z1Z2} that opens a
 * dossier code (Circular 04/2025/TT-VPCP Art. 23(2)). Only the general rule is checked, as Decision 20/2020/QĐ-TTg
 * is restated by secondary sources (its text is not in shared/law): at most 35 characters, groups of digits 0–9
 * and letters A–Z separated by single dots. Stored in capitals.
 */
final class ElectronicId {

    static final int MAX_LENGTH = 35;
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)+");

    private ElectronicId() {}

    /** The identifier in capitals, or {@code null} for a blank one (not known yet). */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.trim().toUpperCase(Locale.ROOT);
        if (id.length() > MAX_LENGTH || !SHAPE.matcher(id).matches()) {
            throw new InvalidInputException("agency.electronicId.invalid", raw.trim());
        }
        return id;
    }
}
