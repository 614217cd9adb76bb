package vn.hailong.dossier;

import java.util.Set;

/**
 * A batch of dossiers was written in bulk, without one event per dossier (published inside the batch's transaction):
 * whoever counts dossiers counts these new ones ({@code dossierCodes}, of the agencies {@code agencyCodes}) — the
 * batch, not the agencies' whole history again, so that an import of a million rows costs in proportion to its rows.
 */
public record DossiersImported(Set<String> agencyCodes, java.util.List<String> dossierCodes) {

    /** The dossiers of {@code batch} that {@link DossierBulk#write} wrote (its {@code outcomes}). */
    public static DossiersImported of(
            java.util.List<ImportedDossier> batch, java.util.List<DossierBulk.Outcome> outcomes) {
        var written = outcomes.stream()
                .filter(DossierBulk.Outcome::written)
                .map(o -> batch.get(o.index()))
                .toList();
        return new DossiersImported(
                written.stream().map(ImportedDossier::agencyCode).collect(java.util.stream.Collectors.toSet()),
                written.stream().map(ImportedDossier::code).toList());
    }
}
