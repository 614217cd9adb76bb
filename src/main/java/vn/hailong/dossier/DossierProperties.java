package vn.hailong.dossier;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dossier module ({@code hailong.dossier.*}).
 *
 * @param atRiskDays an open dossier due within this many working days is at risk
 * @param supplementWaitDays days after a supplement request without the supplement before the dossier is closed
 * @param ledgerMaxDays the longest period one ledger export covers
 * @param ledgerMaxRows the most rows one ledger export holds
 * @param importWriters batches of a bulk import written at once on PostgreSQL ({@link ImportWriters}; H2 writes one)
 */
@Validated
@ConfigurationProperties("hailong.dossier")
public record DossierProperties(
        @DefaultValue("1") @PositiveOrZero int atRiskDays,
        @DefaultValue("15") @Positive int supplementWaitDays,
        @DefaultValue("92") @Positive int ledgerMaxDays,
        @DefaultValue("1000") @Positive int ledgerMaxRows,
        @DefaultValue("2") @Positive int importWriters,
        @DefaultValue @jakarta.validation.Valid EventCommit eventCommit) {

    /**
     * The dossier events API's group commit: writer threads, the batch window, the most events in a transaction. One
     * writer by default: every resolution of a day and desk counts into the same rollup row inside its transaction,
     * so two writers' batches lock each other's dossiers and that row (a lock timeout or deadlock under load).
     */
    public record EventCommit(
            @DefaultValue("1") @Positive int writers,

            @DefaultValue("PT0.002S") @jakarta.validation.constraints.NotNull
            java.time.Duration window,

            @DefaultValue("128") @Positive int max) {}
}
