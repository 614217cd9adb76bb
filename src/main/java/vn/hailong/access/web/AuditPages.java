package vn.hailong.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hailong.access.AuditFilter;
import vn.hailong.access.AuditLines;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;

/** The audit log page ({@code /quan-tri/nhat-ky}): search, filters and keyset pages over the lines in scope. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
class AuditPages {

    private final AuditLines lines;

    AuditPages(AuditLines lines) {
        this.lines = lines;
    }

    @GetMapping("/quan-tri/nhat-ky")
    String list(AuditListQuery params, ListParams paging, Model model) {
        AuditFilter filter = params.filter();
        ListQuery query = paging.page(ListQuery.PAGE_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", lines.page(filter, query, AuditLines.PAGE_COUNT_CAP));
        model.addAttribute("actions", lines.actions());
        return "users/audit";
    }
}
