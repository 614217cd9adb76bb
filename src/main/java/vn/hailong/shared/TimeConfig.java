package vn.hailong.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in Vietnam's time zone. {@code hailong.clock.at} starts it at a chosen
 * instant (it then runs on from there), so that tests and a demo can be set on any day: the month's last working
 * day, 1 January, the day after Tết. Accepted forms: {@code 2026-12-31T23:50:00Z}, {@code 2026-12-31T09:00:00+07:00},
 * {@code 2026-12-31T09:00} or {@code 2026-12-31} (09:00) in the application's zone.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(HaiLongProperties properties) {
        ZoneId id = properties.zone();
        Clock system = Clock.system(id);
        String at = properties.clock().at();
        if (at == null || at.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), start(at.strip(), id)));
    }

    static Instant start(String at, ZoneId zone) {
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(at).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(at).atTime(9, 0).atZone(zone).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(
                            "hailong.clock.at must be an ISO date-time such as 2026-12-31T09:00:00+07:00, not " + at,
                            e);
                }
            }
        }
    }
}
