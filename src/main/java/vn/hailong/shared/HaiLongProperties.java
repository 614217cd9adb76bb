package vn.hailong.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the whole application ({@code hailong.*}) that belong to no single module.
 *
 * @param zone the application's time zone, {@code hailong.zone}
 * @param clock {@code hailong.clock.at}: start the clock at a chosen instant (tests, demo)
 * @param documents how many heavy documents (PDF, Excel) are built at once
 * @param trustedProxies comma-separated addresses or CIDR blocks of reverse proxies whose forwarded headers count
 */
@Validated
@ConfigurationProperties("hailong")
public record HaiLongProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone,
        @DefaultValue @Valid ClockStart clock,
        @DefaultValue @Valid Documents documents,
        @DefaultValue("") String trustedProxies) {

    /** @param at an ISO date or date-time to start the clock at; blank: the system clock */
    public record ClockStart(@DefaultValue("") String at) {}

    /**
     * @param concurrent heavy documents built at the same time
     * @param retryAfterSeconds the {@code Retry-After} answered when all are busy
     */
    public record Documents(
            @DefaultValue("2") @Positive int concurrent,
            @DefaultValue("10") @PositiveOrZero long retryAfterSeconds) {}
}
