package vn.hailong.insight;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the insight module ({@code hailong.insight.*}).
 *
 * @param minN the fewest answers for a figure to be shown or ranked
 * @param classification the thresholds of an officer's suggested classification
 * @param alerts the alerts' own minimum number of answers
 * @param decree61 the score bands of Decree 61's classes
 * @param rollups the counting of new ratings into the rollups
 */
@Validated
@ConfigurationProperties("hailong.insight")
public record InsightProperties(
        @DefaultValue("30") @Positive int minN,
        @DefaultValue @Valid Classification classification,
        @DefaultValue @Valid MinN alerts,
        @DefaultValue @Valid Decree61 decree61,
        @DefaultValue @Valid Rollups rollups,
        @DefaultValue @Valid Evaluation evaluation) {

    /** The classification's minimum number of answers: its own, else {@code hailong.insight.min-n}. */
    public int classificationMinN() {
        return classification.minN() == null ? minN : classification.minN();
    }

    /** The alerts' minimum number of answers: their own, else {@code hailong.insight.min-n}. */
    public int alertsMinN() {
        return alerts.minN() == null ? minN : alerts.minN();
    }

    /**
     * @param satisfaction satisfaction rates for excellent, good, done
     * @param onTime on-time rates for excellent, good, done
     * @param minN its own minimum number of answers; unset: {@code hailong.insight.min-n}
     */
    public record Classification(
            @DefaultValue({"0.95", "0.90", "0.80"}) @NotNull double[] satisfaction,
            @DefaultValue({"0.95", "0.90", "0.80"}) @NotNull double[] onTime,
            @Positive Integer minN) {}

    /** @param minN its own minimum number of answers; unset: {@code hailong.insight.min-n} */
    public record MinN(@Positive Integer minN) {}

    /** @param bands the lower bounds of the four better classes, e.g. {@code >15,>=12,>=9,>=6} */
    public record Decree61(
            @DefaultValue(">15,>=12,>=9,>=6") @NotBlank String bands) {}

    /**
     * The province's local rule for the Decree 118 Art. 33 evaluation ({@code hailong.insight.evaluation.*}): points of
     * an answer 1..5, of a timeliness, of a count (none, one, more), and the rule's name shown on pages and PDFs.
     */
    public record Evaluation(
            @DefaultValue("5=2,4=2,3=1,2=0,1=0") @NotBlank String answerPoints,

            @DefaultValue("EARLY=2,ON_TIME=1,LATE=0") @NotBlank
            String timelinessPoints,

            @DefaultValue("2,1,0") @NotBlank String countPoints,
            String ruleName) {}

    /** @param batchDelay the wait before counting, so that ratings arriving together are counted together */
    public record Rollups(@DefaultValue("PT1S") @NotNull Duration batchDelay) {}
}
