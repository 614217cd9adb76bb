package vn.hailong.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Working days: weekly rest days per agency, the statutory holidays (solar and lunar) with their
 * compensatory days, and the yearly overrides an administrator enters. All deadline arithmetic of
 * the product goes through here.
 */
@Service
public class WorkingCalendar {

    public static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private record YearKey(int year, Set<DayOfWeek> weekend) {}

    private final Function<Integer, List<CalendarOverride>> overrides;
    private final BiFunction<Long, Integer, List<CalendarOverride>> agencyDays;
    private final OfficeHours hours;
    private final LoadingCache<YearKey, Map<LocalDate, Holiday>> years;
    private final LoadingCache<Long, WorkingCalendar> agencies;

    @Autowired
    WorkingCalendar(OverrideRepository overrides, AgencyOverrideRepository agencyOverrides, OfficeHours hours) {
        this(
                overrides::year,
                (agency, year) -> agencyOverrides.year(agency, year).stream()
                        .map(AgencyOverride::asOverride)
                        .toList(),
                hours);
    }

    /** The national calendar alone (no agency keeps days of its own). */
    WorkingCalendar(OverrideRepository overrides, OfficeHours hours) {
        this(overrides::year, (agency, year) -> List.of(), hours);
    }

    private WorkingCalendar(
            Function<Integer, List<CalendarOverride>> overrides,
            BiFunction<Long, Integer, List<CalendarOverride>> agencyDays,
            OfficeHours hours) {
        this.overrides = overrides;
        this.agencyDays = agencyDays;
        this.hours = hours;
        this.years = Caffeine.newBuilder()
                .maximumSize(200)
                .expireAfterWrite(Duration.ofMinutes(1))
                .build(key -> compute(key.year(), key.weekend()));
        this.agencies = Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(Duration.ofMinutes(1))
                .build(agency -> new WorkingCalendar(
                        year -> merged(overrides.apply(year), agencyDays.apply(agency, year)),
                        (other, year) -> List.of(),
                        hours));
    }

    /**
     * The calendar of one agency: this one with the days the agency keeps apart (a Saturday it works, a local day
     * off), which replace what this calendar says of those days. Due dates and ballot-box openings of an agency are
     * computed with it.
     */
    public WorkingCalendar of(long agencyId) {
        return agencies.get(agencyId);
    }

    /**
     * This calendar as it would be with one agency's days changed ({@code change} maps the agency's days to the
     * proposed ones): what an agency's entry would move, before it is stored.
     */
    WorkingCalendar withAgencyDays(long agencyId, UnaryOperator<List<CalendarOverride>> change) {
        return new WorkingCalendar(
                overrides,
                (agency, year) -> agency == agencyId
                        ? change.apply(agencyDays.apply(agency, year)).stream()
                                .filter(o -> o.day().getYear() == year)
                                .toList()
                        : agencyDays.apply(agency, year),
                hours);
    }

    /** {@code base} with the days of {@code own}, each replacing what {@code base} says of that day. */
    private static List<CalendarOverride> merged(List<CalendarOverride> base, List<CalendarOverride> own) {
        if (own.isEmpty()) {
            return base;
        }
        Set<LocalDate> replaced = own.stream().map(CalendarOverride::day).collect(Collectors.toSet());
        List<CalendarOverride> out = new ArrayList<>(base);
        out.removeIf(o -> replaced.contains(o.day()));
        out.addAll(own);
        return out;
    }

    /**
     * This calendar as it would be with the proposed days decided too (each replacing what the day was): what a
     * decision would change, before it is applied.
     */
    public WorkingCalendar with(List<DecidedDay> proposed) {
        return new WorkingCalendar(
                year -> merged(
                        overrides.apply(year),
                        proposed.stream()
                                .filter(d -> d.day().getYear() == year)
                                .map(d -> new CalendarOverride(0, d.day(), d.kind(), d.name(), d.source()))
                                .toList()),
                agencyDays,
                hours);
    }

    /** The days of a year that differ from an ordinary week: holidays, compensatory days, overrides. */
    public List<Holiday> holidays(int year, Set<DayOfWeek> weekend) {
        return years.get(new YearKey(year, Set.copyOf(weekend))).values().stream()
                .sorted(Comparator.comparing(Holiday::date))
                .toList();
    }

    public boolean isWorkingDay(LocalDate day, Set<DayOfWeek> weekend) {
        Holiday special =
                years.get(new YearKey(day.getYear(), Set.copyOf(weekend))).get(day);
        if (special != null) {
            return special.kind() == HolidayKind.WORKING_SWAP;
        }
        return !weekend.contains(day.getDayOfWeek());
    }

    public LocalDate nextWorkingDay(LocalDate day, Set<DayOfWeek> weekend) {
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d, weekend)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day before {@code day}. */
    public LocalDate previousWorkingDay(LocalDate day, Set<DayOfWeek> weekend) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d, weekend)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The working day {@code n} working days after {@code day} (n ≥ 0; 0 = the day itself if working). */
    public LocalDate plusWorkingDays(LocalDate day, int n, Set<DayOfWeek> weekend) {
        LocalDate d = isWorkingDay(day, weekend) ? day : nextWorkingDay(day, weekend);
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d, weekend);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (negative if {@code to} is earlier). */
    public int workingDaysBetween(LocalDate from, LocalDate to, Set<DayOfWeek> weekend) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from, weekend);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d, weekend)) {
                n++;
            }
        }
        return n;
    }

    public LocalDate lastWorkingDayOfMonth(YearMonth month, Set<DayOfWeek> weekend) {
        LocalDate end = month.atEndOfMonth();
        return isWorkingDay(end, weekend) ? end : previousWorkingDay(end, weekend);
    }

    /**
     * The due time of a duration started at {@code receivedAt}. A receipt after the afternoon cut-off,
     * or on a day off, counts as received on the next working day. Working days are counted from the
     * day after receipt (Civil Code art. 147) and end at closing time; a calendar-day deadline that
     * ends on a day off moves to the next working day (art. 148); working hours run inside office hours.
     */
    public LocalDateTime due(LocalDateTime receivedAt, int duration, DurationUnit unit, Set<DayOfWeek> weekend) {
        if (duration <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        LocalDate received = effectiveReceipt(receivedAt, weekend);
        return switch (unit) {
            case WORKING_DAYS -> plusWorkingDays(received, duration, weekend).atTime(hours.closing());
            case CALENDAR_DAYS -> {
                LocalDate end = received.plusDays(duration);
                yield (isWorkingDay(end, weekend) ? end : nextWorkingDay(end, weekend)).atTime(hours.closing());
            }
            case WORKING_HOURS -> plusWorkingHours(receivedAt, received, duration, weekend);
        };
    }

    /**
     * {@code n} working hours after {@code at}, inside office hours, with no afternoon cut-off: e.g. the 8 working hours
     * in which an online dossier must be accepted or sent back for a supplement (Decree 118/2025/NĐ-CP Art. 17(2)(c)).
     */
    public LocalDateTime plusWorkingHours(LocalDateTime at, int n, Set<DayOfWeek> weekend) {
        LocalDate day = at.toLocalDate();
        return plusWorkingHours(at, isWorkingDay(day, weekend) ? day : nextWorkingDay(day, weekend), n, weekend);
    }

    private LocalDate effectiveReceipt(LocalDateTime at, Set<DayOfWeek> weekend) {
        LocalDate day = at.toLocalDate();
        if (!isWorkingDay(day, weekend) || at.toLocalTime().isAfter(hours.cutoff())) {
            return nextWorkingDay(day, weekend);
        }
        return day;
    }

    private LocalDateTime plusWorkingHours(LocalDateTime at, LocalDate received, int n, Set<DayOfWeek> weekend) {
        LocalDate day = received;
        LocalTime from = received.equals(at.toLocalDate()) ? at.toLocalTime() : hours.opening();
        long left = Duration.ofHours(n).toMinutes();
        while (true) {
            for (OfficeHours.Period p : hours.periods()) {
                LocalTime start = from.isAfter(p.start()) ? from : p.start();
                if (!start.isBefore(p.end())) {
                    continue;
                }
                long available = Duration.between(start, p.end()).toMinutes();
                if (left <= available) {
                    return day.atTime(start.plusMinutes(left));
                }
                left -= available;
            }
            day = nextWorkingDay(day, weekend);
            from = hours.opening();
        }
    }

    private Map<LocalDate, Holiday> compute(int year, Set<DayOfWeek> weekend) {
        List<Holiday> days = new ArrayList<>(StatutoryHolidays.of(year, weekend));
        List<CalendarOverride> decided = overrides.apply(year);
        Set<LocalDate> overridden = decided.stream().map(CalendarOverride::day).collect(Collectors.toSet());
        days.removeIf(h -> overridden.contains(h.date()));
        decided.forEach(o -> days.add(new Holiday(o.day(), o.name(), o.kind())));
        return days.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
    }

    void invalidate() {
        years.invalidateAll();
        agencies.invalidateAll();
    }
}
