package vn.hailong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Statutory public holidays of Vietnam (Labour Code 2019, Art. 112; from 1 July 2026 also 24 November,
 * Vietnamese Culture Day, Resolution 28/2026/QH16) with compensatory days.
 *
 * <p>Only the statutory defaults are produced; ad-hoc government decisions (extra days off,
 * working-day swaps) are not included.
 */
final class StatutoryHolidays {

    /** Ngày Văn hóa Việt Nam (24/11) is a paid holiday from this day (Resolution 28/2026/QH16). */
    public static final LocalDate CULTURE_DAY_FROM = LocalDate.of(2026, Month.JULY, 1);

    private StatutoryHolidays() {}

    /**
     * Returns the holidays of the given solar year, sorted by date.
     *
     * @param year    solar year
     * @param weekend weekly rest days (e.g. Saturday and Sunday)
     * @return HOLIDAY entries (11 a year, 12 from 2026) plus a COMPENSATORY entry for each holiday on a rest day
     * @throws IllegalArgumentException if every day of the week is a rest day
     */
    public static List<Holiday> of(int year, Set<DayOfWeek> weekend) {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("The week has no working day");
        }
        List<Holiday> holidays = new ArrayList<>();
        add(holidays, year, LocalDate.of(year, Month.JANUARY, 1), "holiday.newYear");

        LocalDate tet = LunarCalendar.toSolar(year, 1, 1, false);
        add(holidays, year, tet.minusDays(1), "holiday.tetEve");
        for (int i = 0; i < 4; i++) {
            add(holidays, year, tet.plusDays(i), "holiday.tet");
        }

        add(holidays, year, LunarCalendar.toSolar(year, 3, 10, false), "holiday.hungKings");
        add(holidays, year, LocalDate.of(year, Month.APRIL, 30), "holiday.reunification");
        add(holidays, year, LocalDate.of(year, Month.MAY, 1), "holiday.labourDay");

        LocalDate sep1 = LocalDate.of(year, Month.SEPTEMBER, 1);
        LocalDate adjacent = weekend.contains(sep1.getDayOfWeek()) ? sep1.plusDays(2) : sep1;
        add(holidays, year, LocalDate.of(year, Month.SEPTEMBER, 2), "holiday.nationalDay");
        add(holidays, year, adjacent, "holiday.nationalDayAdjacent");

        LocalDate cultureDay = LocalDate.of(year, Month.NOVEMBER, 24);
        if (!cultureDay.isBefore(CULTURE_DAY_FROM)) {
            add(holidays, year, cultureDay, "holiday.cultureDay");
        }

        holidays.sort(Comparator.comparing(Holiday::date));
        addCompensatory(holidays, weekend);
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    private static void add(List<Holiday> list, int year, LocalDate date, String key) {
        if (date.getYear() == year) {
            list.add(new Holiday(date, key, HolidayKind.HOLIDAY));
        }
    }

    /** Gives each holiday on a rest day its own next free working day. */
    private static void addCompensatory(List<Holiday> sortedHolidays, Set<DayOfWeek> weekend) {
        Set<LocalDate> taken = new HashSet<>();
        sortedHolidays.forEach(h -> taken.add(h.date()));
        List<Holiday> compensatory = new ArrayList<>();
        for (Holiday h : sortedHolidays) {
            if (!weekend.contains(h.date().getDayOfWeek())) {
                continue;
            }
            LocalDate d = h.date().plusDays(1);
            while (weekend.contains(d.getDayOfWeek()) || taken.contains(d)) {
                d = d.plusDays(1);
            }
            taken.add(d);
            compensatory.add(new Holiday(d, "holiday.compensatory", HolidayKind.COMPENSATORY));
        }
        sortedHolidays.addAll(compensatory);
    }
}
