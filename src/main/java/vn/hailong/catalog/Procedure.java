package vn.hailong.catalog;

import java.util.List;
import vn.hailong.calendar.DurationUnit;

/**
 * An administrative procedure (TTHC) with its statutory duration, fee and documents; {@code code} is HaiLong's local
 * code, {@code nationalCode} the code in the national database (mã TTHC, e.g. {@code 1.001193}; {@code null} if not
 * entered).
 */
public record Procedure(
        String code,
        String name,
        String fieldCode,
        int duration,
        DurationUnit durationUnit,
        long feeVnd,
        LifeEvent lifeEvent,
        List<String> agencyKinds,
        List<String> documents,
        String nationalCode) {

    /** The form of a national procedure code (mã TTHC): a digit, a dot and six digits, e.g. {@code 1.001193}. */
    public static final String NATIONAL_CODE = "[0-9]\\.[0-9]{6}";
}
