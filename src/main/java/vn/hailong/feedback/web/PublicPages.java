package vn.hailong.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.HotlineFilter;
import vn.hailong.feedback.HotlineLevel;
import vn.hailong.feedback.Hotlines;
import vn.hailong.feedback.PublishedFilter;
import vn.hailong.feedback.Topics;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;

/**
 * Public pages, lists with the list mechanism (search, filters, keyset pages, total): the published answers
 * ({@code /cong-khai/gop-y}) and the leaders' hotlines ({@code /cong-khai/duong-day-nong}).
 */
@Controller
class PublicPages {

    /** Rows per page of a citizen's list, short enough for a phone. */
    static final int PUBLIC_LIMIT = 20;

    private final FeedbackCases cases;
    private final Hotlines hotlines;
    private final Topics topics;

    PublicPages(FeedbackCases cases, Hotlines hotlines, Topics topics) {
        this.cases = cases;
        this.hotlines = hotlines;
        this.topics = topics;
    }

    @GetMapping("/cong-khai/gop-y")
    String published(PublishedFilter filter, ListParams paging, Model model) {
        ListQuery query = paging.page(PUBLIC_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", cases.published(filter, query, FeedbackCases.PAGE_COUNT_CAP));
        model.addAttribute("agencies", cases.publishedAgencies());
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("topics", topics.dictionary());
        return "feedback/published";
    }

    /** {@code don-vi} is the unit search of the page's first version, still honoured (links to it were shared). */
    @GetMapping("/cong-khai/duong-day-nong")
    String hotlines(
            @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) HotlineLevel level,
            ListParams paging,
            Model model) {
        ListQuery query = HotlineList.query(paging, unit, PUBLIC_LIMIT);
        HotlineFilter filter = new HotlineFilter(null, level);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", hotlines.directory(filter, query));
        model.addAttribute("levels", HotlineLevel.values());
        return "feedback/hotlines";
    }
}
