package vn.hailong.dossier.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Timeliness;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.Texts;

/**
 * The dossier list's query parameters, as the page and the API take them (every one optional):
 * {@code ?agency=&status=&timeliness=&procedure=&officer=&handledBy=&from=&to=&resolvedFrom=&resolvedTo=&atRisk=&overdue=&q=&sort=&dir=&cursor=&limit=}.
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
        Boolean overdue,
        String q,
        String sort,
        String dir,
        String cursor,
        Integer limit) {

    /** The search, sort and page of the list, with this many rows per page unless {@code limit} is given. */
    ListQuery page(int defaultLimit) {
        return ListQuery.of(q, sort, dir, cursor, limit, defaultLimit);
    }

    /** The filter for the dossier module; {@code now} decides what is overdue when {@code overdue} is asked for. */
    DossierFilter filter(LocalDateTime now) {
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
                null,
                Boolean.TRUE.equals(overdue) ? now : null);
    }
}
