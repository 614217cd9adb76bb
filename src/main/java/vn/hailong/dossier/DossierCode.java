package vn.hailong.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hailong.organization.ElectronicId;

/**
 * The dossier code (mã số hồ sơ) of Decree 118/2025/NĐ-CP Art. 28(2): the electronic identifier of the agency
 * competent to resolve the dossier (of the receiving one-stop body for a linked group of procedures, Art. 28(2)(a)),
 * the date of receipt {@code YYMMDD} and the day's sequence number of at least four digits, e.g.
 * {@code H15.50.05.13-261008-0975}. For procedures provided centrally nationwide, Circular 04/2025/TT-VPCP Art.
 * 23(2) (Circular 03/2025 Art. 13(3)) puts two digits {@code AA} of the host system owner's identifier before the
 * sequence: {@code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX}. Codes issued before an agency's identifier was entered begin with
 * the agency's HaiLong code ({@code 22-06685-261118-0001}) and stay valid.
 */
record DossierCode(String identifier, LocalDate day, String hostDigits, String sequence) {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SHAPE = Pattern.compile("(.+)-(\\d{6})-(\\d{4,})");

    /** A code HaiLong issues: the identifier, the day and the sequence padded to four digits. */
    static String issue(String identifier, LocalDate day, int sequence) {
        return identifier + "-" + day.format(DATE) + "-" + String.format("%04d", sequence);
    }

    /** The centrally provided variant {@code …-YYMMDD-AAXXXX}; {@code hostDigits} are the two digits AA. */
    static String central(String identifier, LocalDate day, String hostDigits, int sequence) {
        if (hostDigits == null || !hostDigits.matches("\\d{2}")) {
            throw new IllegalArgumentException("AA must be two digits: " + hostDigits);
        }
        return identifier + "-" + day.format(DATE) + "-" + hostDigits + String.format("%04d", sequence);
    }

    /** A code as typed or sent: trimmed and in capitals, so that "h15.50.05.13-261008-0975" finds the dossier. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Reads a code of Art. 28's structure whose identifier is a valid electronic identifier; {@code central} reads
     * the last part as AA + a sequence of at least four digits. Empty for anything else (a legacy code included).
     */
    static java.util.Optional<DossierCode> parse(String code, boolean central) {
        Matcher m = SHAPE.matcher(normalise(code));
        if (!m.matches() || !ElectronicId.valid(m.group(1))) {
            return java.util.Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(2), DATE);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
        String tail = m.group(3);
        if (central) {
            return tail.length() < 6
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new DossierCode(m.group(1), day, tail.substring(0, 2), tail.substring(2)));
        }
        return java.util.Optional.of(new DossierCode(m.group(1), day, null, tail));
    }
}
