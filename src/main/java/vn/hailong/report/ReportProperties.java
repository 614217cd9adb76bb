package vn.hailong.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.hailong.survey.Aggregation;

/**
 * Settings of the report module ({@code hailong.report.*}).
 *
 * @param scorecardTtl how long the public scorecard is cached
 * @param annual the province's annual report
 */
@Validated
@ConfigurationProperties("hailong.report")
public record ReportProperties(
        @DefaultValue("PT5M") @NotNull Duration scorecardTtl,
        @DefaultValue @Valid Annual annual) {

    /** @param sipasAggregation how the units' SIPAS answers are combined: {@code mean} of unit indices or {@code pooled} */
    public record Annual(@DefaultValue("mean") @NotNull Aggregation sipasAggregation) {}
}
