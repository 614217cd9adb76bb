package vn.hailong.rating;

import java.util.List;

/** What the citizen sees for one dossier: the agency and procedure (never personal data) and the items. */
public record RatingForm(
        String agencyName,
        String procedureName,
        String formCode,
        String title,
        List<RatingItem> items,
        List<Integer> scale) {}
