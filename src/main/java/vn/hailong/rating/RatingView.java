package vn.hailong.rating;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored rating with its answers, for the unit's own lists (no applicant data). {@code keyedBy}: the
 * user who keyed it in on the citizen's behalf (a paper slip), null when the citizen rated directly. {@code moment}:
 * the reception or the result of its dossier (null for a rating without a dossier).
 */
public record RatingView(
        long id,
        String dossierCode,
        String channel,
        String instrument,
        long agencyId,
        String agencyName,
        Long officerId,
        String officerName,
        String procedureCode,
        LocalDateTime createdAt,
        String comment,
        boolean low,
        List<Answer> answers,
        String keyedBy,
        vn.hailong.dossier.RatingMoment moment) {}
