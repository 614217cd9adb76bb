package vn.hailong.dossier;

import java.util.Collection;
import java.util.List;

/**
 * The feedback cases linked to a dossier (by its code, or opened by a low rating of it), which its page shows with a
 * link. The feedback module owns them and implements this, so that the dossier module names neither.
 */
public interface DossierCases {

    /** A case: id (its page is {@code /phan-anh/{id}}), tracking code, status, and the rating that opened it. */
    record Case(long id, String trackingCode, String status, Long ratingId) {}

    /** The cases in the caller's scope about the dossier {@code code} or opened by one of {@code ratingIds}. */
    List<Case> of(String code, Collection<Long> ratingIds);
}
