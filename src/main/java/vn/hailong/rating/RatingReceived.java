package vn.hailong.rating;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A rating was stored (published inside the storing transaction, so a listener's writes commit or
 * roll back with the rating). {@code low} is true when any item is at or below the low threshold.
 * It carries everything a rollup counts by: agency, unit, desk, officer, procedure, field, channel,
 * instrument, form and the answers (a null score is "not applicable").
 */
public record RatingReceived(
        long ratingId,
        Long dossierId,
        String dossierCode,
        long agencyId,
        Long officerId,
        String channel,
        boolean low,
        String comment,
        LocalDateTime at,
        String unitCode,
        Long deskId,
        String procedureCode,
        String fieldCode,
        String formCode,
        String instrument,
        List<Answer> answers) {}
