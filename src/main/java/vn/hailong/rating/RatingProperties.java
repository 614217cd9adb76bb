package vn.hailong.rating;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the rating module ({@code hailong.rating.*}; the rating link's lifetime is in the dossier module's
 * {@code RatingLinkProperties}).
 *
 * @param lowThreshold a rating at or below this score counts as low
 * @param groupCommit the writer that stores the ratings of a few milliseconds in one transaction
 */
@Validated
@ConfigurationProperties("hailong.rating")
record RatingProperties(
        @DefaultValue("2") @Min(1) @Max(5) int lowThreshold,
        @DefaultValue @Valid GroupCommit groupCommit) {

    /** Writer threads, the window a batch waits for more ratings, and the most ratings in one transaction. */
    public record GroupCommit(
            @DefaultValue("2") @Min(1) int writers,
            @DefaultValue("PT0.002S") @NotNull Duration window,
            @DefaultValue("256") @Min(1) int max) {}
}
