package vn.hailong.feedback;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the feedback module ({@code hailong.feedback.*}): the working-day deadlines of a case, the limits on
 * public submissions and attachments.
 *
 * @param decideDays working days to accept or decline a case
 * @param requestInfoDays working days the citizen has to add information
 * @param resolveDays working days to resolve an accepted case
 * @param publishDays working days to publish the answer
 * @param escalateProvinceDays working days overdue before a case goes to the province
 * @param reopenDays days after the answer during which the citizen may reopen the case
 * @param freeSubmissionsPerHour submissions from one address per hour before a challenge is asked
 * @param challengeSecret the key that signs challenges; blank: a random key per start
 * @param smsPerNumberPerDay SMS codes sent to one number per day
 * @param attachmentMaxBytes the largest attachment
 * @param attachmentMaxFiles the most attachments on one submission
 */
@Validated
@ConfigurationProperties("hailong.feedback")
public record FeedbackProperties(
        @DefaultValue("2") @Positive int decideDays,
        @DefaultValue("5") @Positive int requestInfoDays,
        @DefaultValue("15") @Positive int resolveDays,
        @DefaultValue("2") @Positive int publishDays,
        @DefaultValue("2") @Positive int escalateProvinceDays,
        @DefaultValue("30") @PositiveOrZero int reopenDays,
        @DefaultValue("3") @PositiveOrZero int freeSubmissionsPerHour,
        @DefaultValue("") String challengeSecret,
        @DefaultValue("3") @PositiveOrZero int smsPerNumberPerDay,
        @DefaultValue("5242880") @Positive int attachmentMaxBytes,
        @DefaultValue("3") @PositiveOrZero int attachmentMaxFiles) {}
