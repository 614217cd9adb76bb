package vn.hailong.calendar;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Office hours ({@code hailong.calendar.*}).
 *
 * @param officeHours the working periods of a day, e.g. {@code 07:30-11:30,13:30-17:30}
 * @param cutoff a dossier received after this time counts from the next working day
 */
@Validated
@ConfigurationProperties("hailong.calendar")
record CalendarProperties(
        @DefaultValue("07:30-11:30,13:30-17:30") @NotBlank String officeHours,
        @DefaultValue("15:00") @NotBlank String cutoff) {}
