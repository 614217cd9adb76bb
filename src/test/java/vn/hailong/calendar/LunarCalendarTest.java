package vn.hailong.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12",
        "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        // Vietnam (UTC+7) differs from China (UTC+8) in these years:
        "1985, 1985-01-21", "2007, 2007-02-17", "1968, 1968-01-29"
    })
    void tet(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(year, 1, 1, false));
        assertEquals(new LunarDate(year, 1, 1, false), LunarCalendar.toLunar(expected));
    }

    @ParameterizedTest(name = "Hùng Kings {0} = {1}")
    @CsvSource({"2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKings(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(year, 3, 10, false));
        assertEquals(new LunarDate(year, 3, 10, false), LunarCalendar.toLunar(expected));
    }

    @ParameterizedTest(name = "Mid-Autumn {0} = {1}")
    @CsvSource({"2023, 2023-09-29", "2024, 2024-09-17", "2025, 2025-10-06"})
    void midAutumn(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(year, 8, 15, false));
    }

    @ParameterizedTest(name = "{0}: leap month {1} starts {2}")
    @CsvSource({
        "2014, 9, 2014-10-24",
        "2017, 6, 2017-07-23",
        "2020, 4, 2020-05-23",
        "2023, 2, 2023-03-22",
        "2025, 6, 2025-07-25"
    })
    void leapMonth(int year, int month, LocalDate start) {
        assertEquals(start, LunarCalendar.toSolar(year, month, 1, true));
        assertEquals(new LunarDate(year, month, 1, true), LunarCalendar.toLunar(start));
        // The leap month follows the regular month of the same number.
        LunarDate before = LunarCalendar.toLunar(start.minusDays(1));
        assertEquals(month, before.month());
        assertTrue(!before.leap() && before.day() >= 29, before::toString);
        assertEquals(List.of(month), leapMonthsOf(year));
    }

    @Test
    void yearsWithoutLeapMonth() {
        for (int year : new int[] {2019, 2021, 2022, 2024, 2026}) {
            assertEquals(List.of(), leapMonthsOf(year), "year " + year);
        }
    }

    @Test
    void lastDayOfLunarYear() {
        // Quý Mão's month 12 has 30 days; Giáp Thìn's and Ất Tỵ's have 29.
        assertEquals(new LunarDate(2023, 12, 30, false), LunarCalendar.toLunar(LocalDate.of(2024, 2, 9)));
        assertEquals(new LunarDate(2024, 12, 29, false), LunarCalendar.toLunar(LocalDate.of(2025, 1, 28)));
        assertEquals(new LunarDate(2025, 12, 29, false), LunarCalendar.toLunar(LocalDate.of(2026, 2, 16)));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 12, 30, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 4, 1, true));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2023, 3, 1, true));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 13, 1, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 0, 1, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 1, 31, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 1, 0, false));
    }

    /** Dates where the original published code returned "day 0" (mean-lunation estimate off). */
    @Test
    void noDayZero() {
        for (String s : new String[] {"1877-04-13", "1885-03-16", "2054-05-07", "2062-04-09"}) {
            LocalDate d = LocalDate.parse(s);
            LunarDate l = LunarCalendar.toLunar(d);
            LunarDate next = LunarCalendar.toLunar(d.plusDays(1));
            assertTrue(l.day() >= 29 && next.day() == 1, () -> s + " -> " + l + ", " + next);
        }
    }

    /** Every day 1900–2100: round trip, and days/months follow each other consistently. */
    @Test
    void roundTripAndContinuity() {
        LocalDate end = LocalDate.of(2100, 12, 31);
        LunarDate prev = null;
        for (LocalDate d = LocalDate.of(1900, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            LunarDate l = LunarCalendar.toLunar(d);
            assertEquals(d, LunarCalendar.toSolar(l.year(), l.month(), l.day(), l.leap()), l::toString);
            if (prev != null && l.day() != 1) {
                assertEquals(new LunarDate(prev.year(), prev.month(), prev.day() + 1, prev.leap()), l);
            } else if (prev != null) {
                LocalDate at = d;
                assertTrue(prev.day() == 29 || prev.day() == 30, () -> "month length at " + at);
                boolean sameMonthLeap = l.leap() && l.month() == prev.month() && !prev.leap();
                boolean nextMonth = !l.leap() && l.month() == prev.month() % 12 + 1;
                assertTrue(sameMonthLeap || nextMonth, () -> "month sequence at " + at);
                assertEquals(l.month() == 1 ? prev.year() + 1 : prev.year(), l.year());
            }
            prev = l;
        }
    }

    private static List<Integer> leapMonthsOf(int year) {
        List<Integer> leaps = new ArrayList<>();
        LocalDate d = LunarCalendar.toSolar(year, 1, 1, false);
        LocalDate next = LunarCalendar.toSolar(year + 1, 1, 1, false);
        for (; d.isBefore(next); d = d.plusDays(1)) {
            LunarDate l = LunarCalendar.toLunar(d);
            if (l.leap() && l.day() == 1) {
                leaps.add(l.month());
            }
        }
        return leaps;
    }
}
