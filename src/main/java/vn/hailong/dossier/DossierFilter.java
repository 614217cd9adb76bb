package vn.hailong.dossier;

import java.time.LocalDate;

/**
 * Filters of the dossier list; every field optional. {@code from}/{@code to} bound the day of receipt,
 * {@code resolvedFrom}/{@code resolvedTo} the day of resolution (as the dashboards count finished dossiers).
 */
public record DossierFilter(Long agencyId, DossierStatus status, Timeliness timeliness, String procedureCode,
        Long officerId, LocalDate from, LocalDate to, LocalDate resolvedFrom, LocalDate resolvedTo, Boolean atRisk, Integer limit) {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
