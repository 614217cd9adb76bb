package vn.hailong.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the rating module ({@code hailong.rating.*}; the rating link's lifetime is in the dossier module's
 * {@code RatingLinkProperties}).
 *
 * @param lowThreshold a rating at or below this score counts as low
 */
@Validated
@ConfigurationProperties("hailong.rating")
public record RatingProperties(
        @DefaultValue("2") @Min(1) @Max(5) int lowThreshold) {}
