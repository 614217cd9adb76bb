package vn.hailong.access.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.hailong.access.AuditFilter;
import vn.hailong.shared.ListQuery;

/**
 * The audit log page's query parameters (every one optional):
 * {@code ?action=&from=&to=&q=&sort=&dir=&cursor=&limit=}.
 */
record AuditListQuery(
        String action,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        String q,
        String sort,
        String dir,
        String cursor,
        Integer limit) {

    ListQuery page(int defaultLimit) {
        return ListQuery.of(q, sort, dir, cursor, limit, defaultLimit);
    }

    AuditFilter filter() {
        return new AuditFilter(vn.hailong.shared.Texts.blankToNull(action), from, to);
    }
}
