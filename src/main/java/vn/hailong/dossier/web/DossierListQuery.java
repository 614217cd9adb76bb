package vn.hailong.dossier.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Timeliness;
import vn.hailong.shared.Texts;

/**
 * The dossier list's query parameters, as the page and the API take them (every one optional):
 * {@code ?agency=&status=&timeliness=&procedure=&officer=&handledBy=&from=&to=&resolvedFrom=&resolvedTo=&atRisk=&limit=}.
 */
record DossierListQuery(
        Long agency,
        DossierStatus status,
        Timeliness timeliness,
        String procedure,
        Long officer,
        Long handledBy,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        @DateTimeFormat(iso = ISO.DATE) LocalDate resolvedFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate resolvedTo,
        Boolean atRisk,
        Integer limit) {

    /** The filter for the dossier module, with this many rows at most (null: the module's default). */
    DossierFilter filter(Integer rows) {
        return new DossierFilter(
                agency,
                status,
                timeliness,
                Texts.blankToNull(procedure),
                officer,
                handledBy,
                from,
                to,
                resolvedFrom,
                resolvedTo,
                atRisk,
                rows);
    }
}
