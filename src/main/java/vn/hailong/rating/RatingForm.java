package vn.hailong.rating;

import java.util.List;
import vn.hailong.dossier.RatingMoment;

/**
 * What the citizen sees for one dossier: the agency and procedure (never personal data), the moment rated (the
 * reception or the result) and the items asked at that moment.
 */
public record RatingForm(
        String agencyName,
        String procedureName,
        String formCode,
        String title,
        RatingMoment moment,
        List<RatingItem> items,
        List<Integer> scale) {}
