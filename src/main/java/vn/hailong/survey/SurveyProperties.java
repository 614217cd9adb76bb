package vn.hailong.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults of a sample plan ({@code hailong.survey.*}).
 *
 * @param quota answers wanted per unit, by its kind
 * @param lookbackMonths months of returned dossiers the sample is drawn from
 * @param excludeMonths months during which a citizen already asked is not asked again
 * @param reminderDays days between the invitation (or the last reminder) and the next reminder
 * @param maxReminders reminders sent at most
 */
@Validated
@ConfigurationProperties("hailong.survey")
public record SurveyProperties(
        @DefaultValue @Valid Quota quota,
        @DefaultValue("12") @Positive int lookbackMonths,
        @DefaultValue("12") @PositiveOrZero int excludeMonths,
        @DefaultValue("7") @Positive int reminderDays,
        @DefaultValue("2") @PositiveOrZero int maxReminders) {

    /**
     * @param ward answers wanted from a ward (phường)
     * @param commune answers wanted from a rural commune or special zone
     * @param department answers wanted from a department
     * @param serviceCentre answers wanted from the public administrative service centre
     */
    public record Quota(
            @DefaultValue("200") @Positive int ward,
            @DefaultValue("150") @Positive int commune,
            @DefaultValue("100") @Positive int department,
            @DefaultValue("200") @Positive int serviceCentre) {}
}
