package vn.hailong.rating;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The counter kiosks ({@code hailong.kiosk.*}).
 *
 * @param minIntervalSeconds the shortest time between two ratings from one kiosk
 * @param burst ratings a kiosk may send at once (e.g. its offline queue)
 * @param idleSeconds seconds without a rating after which the kiosk shows its start screen again
 */
@Validated
@ConfigurationProperties("hailong.kiosk")
record KioskProperties(
        @DefaultValue("5") @Positive int minIntervalSeconds,
        @DefaultValue("30") @Positive int burst,
        @DefaultValue("30") @Positive int idleSeconds) {}
