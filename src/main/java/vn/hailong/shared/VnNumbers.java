package vn.hailong.shared;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: "1.717", "72,8%". */
public final class VnNumbers {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private VnNumbers() {}

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    /** "1.717", or "—" when there is nothing to count. */
    public static String number(Integer n) {
        return n == null ? "—" : number(n.longValue());
    }

    public static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(VI);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(rate * 100) + "%";
    }

    /** "16,42": two decimals with the Vietnamese comma, or "—" when there is no value. */
    public static String decimal(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(VI);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /**
     * A change with its sign, two decimals with the Vietnamese comma: "+3,25", "-1,50", and "0,00" for anything that
     * rounds to nothing (never "-0,00"); "—" when there is no value.
     */
    public static String signedDecimal(Double value) {
        if (value == null) {
            return "—";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == 0) {
            return decimal(0.0);
        }
        return (rounded > 0 ? "+" : "") + decimal(rounded);
    }
}
