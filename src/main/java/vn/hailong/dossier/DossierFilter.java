package vn.hailong.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Filters of the dossier list; every field optional. {@code from}/{@code to} bound the day of receipt,
 * {@code resolvedFrom}/{@code resolvedTo} the day of resolution; {@code officerId} matches the receiving or the
 * handling officer, {@code handledBy} only the handling one (as the dashboards count an officer's finished dossiers);
 * {@code overdueAt}: only the dossiers {@link Overdue} at that instant.
 */
public record DossierFilter(
        Long agencyId,
        DossierStatus status,
        Timeliness timeliness,
        String procedureCode,
        Long officerId,
        Long handledBy,
        LocalDate from,
        LocalDate to,
        LocalDate resolvedFrom,
        LocalDate resolvedTo,
        Boolean atRisk,
        Integer limit,
        LocalDateTime overdueAt) {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
