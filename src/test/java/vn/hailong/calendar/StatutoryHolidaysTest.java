package vn.hailong.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Test
    void elevenHolidaysEveryYearAndTwelveFrom2026() {
        for (int year = 1950; year <= 2100; year++) {
            List<Holiday> list = StatutoryHolidays.of(year, SAT_SUN);
            assertEquals(year < 2026 ? 11 : 12, of(list, HolidayKind.HOLIDAY).size(), "year " + year);
            assertEquals(
                    list.size(), list.stream().map(Holiday::date).distinct().count(), "year " + year);
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).date().isBefore(list.get(i).date()), "sorted " + year);
            }
            long weekendHolidays = of(list, HolidayKind.HOLIDAY).stream()
                    .filter(d -> SAT_SUN.contains(d.getDayOfWeek()))
                    .count();
            assertEquals(weekendHolidays, of(list, HolidayKind.COMPENSATORY).size(), "year " + year);
        }
    }

    @Test
    void year2023() {
        List<Holiday> list = StatutoryHolidays.of(2023, SAT_SUN);
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2023, 9, 2).getDayOfWeek());
        assertHas(list, "2023-09-01", "holiday.nationalDayAdjacent", HolidayKind.HOLIDAY);
        assertHas(list, "2023-09-02", "holiday.nationalDay", HolidayKind.HOLIDAY);
        assertHas(list, "2023-09-04", "holiday.compensatory", HolidayKind.COMPENSATORY);
        // Hùng Kings Sat 29/4, Reunification Sun 30/4, Labour Day Mon 1/5 -> off until 3/5.
        assertHas(list, "2023-04-29", "holiday.hungKings", HolidayKind.HOLIDAY);
        assertHas(list, "2023-05-02", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2023-05-03", "holiday.compensatory", HolidayKind.COMPENSATORY);
        // Tết eve Sat 21/1 and Tết Sun 22/1 are compensated after the Tết block.
        assertHas(list, "2023-01-21", "holiday.tetEve", HolidayKind.HOLIDAY);
        assertHas(list, "2023-01-26", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2023-01-27", "holiday.compensatory", HolidayKind.COMPENSATORY);
        // New Year Sun 1/1 -> Mon 2/1.
        assertHas(list, "2023-01-02", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertEquals(6, of(list, HolidayKind.COMPENSATORY).size());
    }

    @Test
    void year2024AdjacentDayIsThirdSeptember() {
        List<Holiday> list = StatutoryHolidays.of(2024, SAT_SUN);
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2024, 9, 1).getDayOfWeek());
        assertHas(list, "2024-09-02", "holiday.nationalDay", HolidayKind.HOLIDAY);
        assertHas(list, "2024-09-03", "holiday.nationalDayAdjacent", HolidayKind.HOLIDAY);
        assertTrue(list.stream().noneMatch(h -> h.date().equals(LocalDate.of(2024, 9, 1))));
        assertHas(list, "2024-02-09", "holiday.tetEve", HolidayKind.HOLIDAY);
        assertHas(list, "2024-04-18", "holiday.hungKings", HolidayKind.HOLIDAY);
    }

    @Test
    void year2021() {
        List<Holiday> list = StatutoryHolidays.of(2021, SAT_SUN);
        assertEquals(DayOfWeek.FRIDAY, LocalDate.of(2021, 1, 1).getDayOfWeek());
        assertHas(list, "2021-01-01", "holiday.newYear", HolidayKind.HOLIDAY);
        assertTrue(list.stream().noneMatch(h -> h.date().equals(LocalDate.of(2021, 1, 4))));
        assertHas(list, "2021-02-11", "holiday.tetEve", HolidayKind.HOLIDAY);
    }

    @Test
    void year2022() {
        List<Holiday> list = StatutoryHolidays.of(2022, SAT_SUN);
        assertHas(list, "2022-01-03", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2022-04-11", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2022-05-02", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2022-05-03", "holiday.compensatory", HolidayKind.COMPENSATORY);
    }

    @Test
    void year2025() {
        List<Holiday> list = StatutoryHolidays.of(2025, SAT_SUN);
        assertHas(list, "2025-01-28", "holiday.tetEve", HolidayKind.HOLIDAY);
        for (String d : new String[] {"2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"}) {
            assertHas(list, d, "holiday.tet", HolidayKind.HOLIDAY);
        }
        assertHas(list, "2025-02-03", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2025-04-07", "holiday.hungKings", HolidayKind.HOLIDAY);
    }

    @Test
    void year2026() {
        List<Holiday> list = StatutoryHolidays.of(2026, SAT_SUN);
        assertHas(list, "2026-02-16", "holiday.tetEve", HolidayKind.HOLIDAY);
        assertHas(list, "2026-02-17", "holiday.tet", HolidayKind.HOLIDAY);
        assertHas(list, "2026-02-20", "holiday.tet", HolidayKind.HOLIDAY);
        assertHas(list, "2026-04-26", "holiday.hungKings", HolidayKind.HOLIDAY);
        assertHas(list, "2026-04-27", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertHas(list, "2026-09-01", "holiday.nationalDayAdjacent", HolidayKind.HOLIDAY);
        assertEquals(1, of(list, HolidayKind.COMPENSATORY).size());
    }

    @Test
    void vietnameseCultureDayFromJuly2026() {
        // Resolution 28/2026/QH16: 24 November is a paid holiday from 1 July 2026.
        assertTrue(StatutoryHolidays.of(2025, SAT_SUN).stream()
                .noneMatch(h -> h.date().equals(LocalDate.of(2025, 11, 24))));
        assertEquals(DayOfWeek.TUESDAY, LocalDate.of(2026, 11, 24).getDayOfWeek());
        assertHas(StatutoryHolidays.of(2026, SAT_SUN), "2026-11-24", "holiday.cultureDay", HolidayKind.HOLIDAY);
        // On a Saturday it moves to the next working day, like the others.
        List<Holiday> y2029 = StatutoryHolidays.of(2029, SAT_SUN);
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2029, 11, 24).getDayOfWeek());
        assertHas(y2029, "2029-11-24", "holiday.cultureDay", HolidayKind.HOLIDAY);
        assertHas(y2029, "2029-11-26", "holiday.compensatory", HolidayKind.COMPENSATORY);
    }

    @Test
    void customWeekend() {
        // Sunday-only rest day: 2023-09-01 (Fri) adjacent, 2/9 Saturday is a working day.
        List<Holiday> list = StatutoryHolidays.of(2023, EnumSet.of(DayOfWeek.SUNDAY));
        assertHas(list, "2023-09-01", "holiday.nationalDayAdjacent", HolidayKind.HOLIDAY);
        assertTrue(list.stream().noneMatch(h -> h.date().equals(LocalDate.of(2023, 9, 4))));
        // Tết Sun 22/1 -> first free non-Sunday after the block is Thu 26/1.
        assertHas(list, "2023-01-26", "holiday.compensatory", HolidayKind.COMPENSATORY);
        assertThrows(IllegalArgumentException.class, () -> StatutoryHolidays.of(2023, EnumSet.allOf(DayOfWeek.class)));
    }

    private static void assertHas(List<Holiday> list, String date, String key, HolidayKind kind) {
        Holiday expected = new Holiday(LocalDate.parse(date), key, kind);
        assertTrue(list.contains(expected), () -> "missing " + expected + " in " + list);
    }

    private static Set<LocalDate> of(List<Holiday> list, HolidayKind kind) {
        return list.stream()
                .filter(h -> h.kind() == kind)
                .map(Holiday::date)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
