package vn.hailong.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The years whose days off the government has decided, and the documents that decided them. A year after
 * the last decided one is <em>provisional</em>: its calendar is the statutory computation (Labour Code
 * Art. 112, lunar Tết) and may still change when the decision is published, so the calendar page, due
 * dates and ballot-box openings in it say so.
 */
@Service
public class CalendarDecisions {

    /** Administrators are reminded from this month on to enter the next year's decision. */
    static final Month REMINDER_FROM = Month.OCTOBER;

    private final DecisionRepository decisions;
    private final LoadingCache<Boolean, Set<Integer>> years;

    CalendarDecisions(DecisionRepository decisions) {
        this.decisions = decisions;
        this.years =
                Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(k -> decisions.decidedYears());
    }

    public List<CalendarDecision> year(int year) {
        return decisions.year(year);
    }

    /** The last day covered by a decision: 31 December of the last decided year. */
    public Optional<LocalDate> lastDecidedDay() {
        Set<Integer> decided = years.get(Boolean.TRUE);
        return decided.stream().max(Integer::compare).map(y -> LocalDate.of(y, 12, 31));
    }

    public boolean isProvisional(int year) {
        return lastDecidedDay().map(last -> year > last.getYear()).orElse(true);
    }

    public boolean isProvisional(LocalDate day) {
        return isProvisional(day.getYear());
    }

    public boolean isProvisional(LocalDateTime due) {
        return due != null && isProvisional(due.getYear());
    }

    /** The year whose decision administrators should enter now: next year, from October, while it is provisional. */
    public Optional<Integer> reminder(LocalDate today) {
        int next = today.getYear() + 1;
        return today.getMonth().compareTo(REMINDER_FROM) >= 0 && isProvisional(next)
                ? Optional.of(next)
                : Optional.empty();
    }

    void invalidate() {
        years.invalidateAll();
    }
}
