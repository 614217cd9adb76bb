package vn.hailong.dossier;

import java.time.LocalDate;

/** Filters of the dossier list; every field optional. */
public record DossierFilter(Long agencyId, DossierStatus status, Timeliness timeliness, String procedureCode,
        Long officerId, LocalDate from, LocalDate to, Boolean atRisk, Integer limit) {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null, null, null);
    }
}
