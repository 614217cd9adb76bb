package vn.hailong.survey;

import java.util.Locale;
import vn.hailong.shared.InvalidInputException;

/** How an index above a unit is formed: all answers pooled, or the mean of the units' indices. */
public enum Aggregation {
    POOLED,
    MEAN;

    public static Aggregation parse(String value) {
        try {
            return value == null ? POOLED : valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("survey.aggregation.invalid", value);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
