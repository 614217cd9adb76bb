package vn.hailong.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.feedback.HotlineFilter;
import vn.hailong.feedback.HotlineLevel;
import vn.hailong.feedback.Hotlines;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.web.Flash;

/**
 * Administrators maintain the leaders' hotline directory ({@code /quan-tri/duong-day-nong}): the entries in their scope
 * as a list (search, unit and level, sorting, keyset pages with the total).
 */
@Controller
class HotlinePages {

    private final Hotlines hotlines;
    private final Agencies agencies;

    HotlinePages(Hotlines hotlines, Agencies agencies) {
        this.hotlines = hotlines;
        this.agencies = agencies;
    }

    @GetMapping("/quan-tri/duong-day-nong")
    String list(
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) HotlineLevel level,
            ListParams paging,
            Model model) {
        ListQuery query = HotlineList.query(paging, null, ListQuery.PAGE_LIMIT);
        HotlineFilter filter = new HotlineFilter(agency, level);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", hotlines.manageable(filter, query));
        model.addAttribute("levels", HotlineLevel.values());
        model.addAttribute("agencies", agencies.visible(null));
        return "feedback/hotlines-admin";
    }

    @PostMapping("/quan-tri/duong-day-nong")
    String add(
            @RequestParam long agencyId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String phone,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> hotlines.add(agencyId, fullName, position, phone));
        return "redirect:/quan-tri/duong-day-nong";
    }

    @PostMapping("/quan-tri/duong-day-nong/{id}/xoa")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> hotlines.remove(id));
        return "redirect:/quan-tri/duong-day-nong";
    }
}
