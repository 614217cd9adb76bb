package vn.hailong.calendar;

import java.time.LocalDate;

/**
 * Vietnamese lunar calendar conversions (time zone UTC+7).
 *
 * <p>Implements Hồ Ngọc Đức's astronomical algorithm: new moons and solar longitude are computed
 * after Meeus, "Astronomical Algorithms"; month 11 is the month containing the winter solstice and
 * the leap month is the first month after it without a major solar term (trung khí).
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;
    /** Julian day number of 1970-01-01. */
    private static final long JDN_EPOCH = 2440588L;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;
    private static final double DR = Math.PI / 180;

    private LunarCalendar() {}

    /** Converts a solar (Gregorian) date to the Vietnamese lunar date. */
    public static LunarDate toLunar(LocalDate solar) {
        long dayNumber = solar.toEpochDay() + JDN_EPOCH;
        int yy = solar.getYear();
        // The mean-lunation estimate can be one month off (e.g. 2054-05-07 in the original
        // published code gives day 0), so adjust k until new moon k starts the month of dayNumber.
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH) + 1;
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        long monthStart = newMoonDay(k);
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) ((monthStart - a11) / 29);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /**
     * Converts a Vietnamese lunar date to the solar (Gregorian) date.
     *
     * @throws IllegalArgumentException if the lunar date does not exist (bad month or day, day 30
     *                                  of a 29-day month, or a leap month the year does not have)
     */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leap) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw invalid(lunarYear, lunarMonth, lunarDay, leap);
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw invalid(lunarYear, lunarMonth, lunarDay, leap);
            }
            if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            throw invalid(lunarYear, lunarMonth, lunarDay, leap);
        }
        long monthStart = newMoonDay(k + off);
        LocalDate result = LocalDate.ofEpochDay(monthStart + lunarDay - 1 - JDN_EPOCH);
        // Rejects e.g. day 30 of a 29-day month.
        if (!toLunar(result).equals(new LunarDate(lunarYear, lunarMonth, lunarDay, leap))) {
            throw invalid(lunarYear, lunarMonth, lunarDay, leap);
        }
        return result;
    }

    private static IllegalArgumentException invalid(int y, int m, int d, boolean leap) {
        return new IllegalArgumentException("No such lunar date: " + d + "/" + m + (leap ? " (leap)" : "") + "/" + y);
    }

    /** Julian date (TT, fractional) of the k-th new moon after that of 1900-01-01 (Meeus). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933
                + 29.53058868 * k
                + 0.0001178 * t2
                - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR)
                + 0.0021 * Math.sin(2 * DR * m)
                - 0.4068 * Math.sin(mpr * DR)
                + 0.0161 * Math.sin(DR * 2 * mpr)
                - 0.0004 * Math.sin(DR * 3 * mpr)
                + 0.0104 * Math.sin(DR * 2 * f)
                - 0.0051 * Math.sin(DR * (m + mpr))
                - 0.0074 * Math.sin(DR * (m - mpr))
                + 0.0004 * Math.sin(DR * (2 * f + m))
                - 0.0004 * Math.sin(DR * (2 * f - m))
                - 0.0006 * Math.sin(DR * (2 * f + mpr))
                + 0.0010 * Math.sin(DR * (2 * f - mpr))
                + 0.0005 * Math.sin(DR * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Apparent solar longitude in radians, in [0, 2π), at the given Julian date (Meeus). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m)
                + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m)
                + 0.000290 * Math.sin(DR * 3 * m);
        double l = (l0 + dl) * DR;
        return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
    }

    /** Local Julian day number on which the k-th new moon falls. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Solar-term sector 0..11 (30° each) at local midnight starting the given day. */
    private static int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** Day number starting lunar month 11 (the month containing the winter solstice) of year yy. */
    private static long lunarMonth11(int yy) {
        long off = LocalDate.of(yy, 12, 31).toEpochDay() + JDN_EPOCH - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset (in months after month 11) of the leap month: first month with no major term. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
