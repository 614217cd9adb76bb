package vn.hailong.ballot;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Ballots ({@code hailong.ballot.*}). @param reminderWorkingDays working days before closing when voters are reminded */
@Validated
@ConfigurationProperties("hailong.ballot")
record BallotProperties(@DefaultValue("3") @PositiveOrZero int reminderWorkingDays) {}
