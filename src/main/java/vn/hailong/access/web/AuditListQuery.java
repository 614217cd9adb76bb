package vn.hailong.access.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.hailong.access.AuditFilter;

/**
 * The audit log page's query parameters (every one optional):
 * {@code ?action=&from=&to=} (the search, sort and page: {@link vn.hailong.shared.ListParams}).
 */
record AuditListQuery(
        String action,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    AuditFilter filter() {
        return new AuditFilter(vn.hailong.shared.Texts.blankToNull(action), from, to);
    }
}
