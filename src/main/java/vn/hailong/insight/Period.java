package vn.hailong.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hailong.shared.InvalidInputException;

/**
 * A reporting period, both days included: a month ({@code 2026-10}), a quarter ({@code 2026-Q4}), a
 * year ({@code 2026}) or custom days; {@link #previous()} is the period of the same kind just before.
 */
public record Period(String key, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        if (from == null || to == null || to.isBefore(from) || from.getYear() < 1900 || to.getYear() > 2199) {
            throw new InvalidInputException("insight.badPeriod", key);
        }
    }

    public static Period parse(String key) {
        String k = key == null ? "" : key.trim().toUpperCase();
        Matcher m = MONTH.matcher(k);
        if (m.matches()) {
            YearMonth ym = month(k, m);
            return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
        }
        m = QUARTER.matcher(k);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
            return new Period(year + "-Q" + q, first, first.plusMonths(3).minusDays(1));
        }
        m = YEAR.matcher(k);
        if (m.matches()) {
            int year = Integer.parseInt(k);
            return new Period(k, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw new InvalidInputException("insight.badPeriod", key);
    }

    public static Period days(LocalDate from, LocalDate to) {
        return new Period(from + ".." + to, from, to);
    }

    /** For links: the month, quarter or year key, or null for a custom range (which travels as from and to). */
    public String named() {
        return key.contains("..") ? null : key;
    }

    public LocalDate customFrom() {
        return key.contains("..") ? from : null;
    }

    public LocalDate customTo() {
        return key.contains("..") ? to : null;
    }

    /** The month containing {@code day}. */
    public static Period monthOf(LocalDate day) {
        return parse(YearMonth.from(day).toString());
    }

    public Period previous() {
        if (key.contains("-Q")) {
            return parse(
                    from.minusMonths(3).getYear() + "-Q" + ((from.minusMonths(3).getMonthValue() - 1) / 3 + 1));
        }
        if (MONTH.matcher(key).matches()) {
            return parse(YearMonth.from(from).minusMonths(1).toString());
        }
        if (YEAR.matcher(key).matches()) {
            return parse(String.valueOf(from.getYear() - 1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days(from.minusDays(days), from.minusDays(1));
    }

    private static YearMonth month(String key, Matcher m) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidInputException("insight.badPeriod", key);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }
}
