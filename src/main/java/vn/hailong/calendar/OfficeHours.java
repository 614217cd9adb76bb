package vn.hailong.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working periods of a day (e.g. 07:30–11:30 and 13:30–17:30) and the afternoon cut-off for receipts.
 * The cut-off is a <b>local setting</b>: Decree 118/2025/NĐ-CP Art. 18(2) only says that paper received after 15:00 is
 * passed on to the resolving agency at the start of the next working day. Counting the due date from that day too is
 * a province's rule, which {@code hailong.calendar.cutoff} (default 15:00) expresses; it is not the decree's.
 */
@Component
class OfficeHours {

    /** One working period of a day. */
    public record Period(LocalTime start, LocalTime end) {}

    private final List<Period> periods;
    private final LocalTime cutoff;

    public OfficeHours(
            @Value("${hailong.calendar.office-hours:07:30-11:30,13:30-17:30}") String hours,
            @Value("${hailong.calendar.cutoff:15:00}") String cutoff) {
        List<Period> parsed = new ArrayList<>();
        for (String part : hours.split(",")) {
            String[] ends = part.trim().split("-");
            parsed.add(new Period(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
        }
        this.periods = List.copyOf(parsed);
        this.cutoff = LocalTime.parse(cutoff.trim());
    }

    public List<Period> periods() {
        return periods;
    }

    public LocalTime opening() {
        return periods.get(0).start();
    }

    public LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }

    public LocalTime cutoff() {
        return cutoff;
    }
}
