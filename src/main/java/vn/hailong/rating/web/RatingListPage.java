package vn.hailong.rating.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hailong.dossier.RatingMoment;
import vn.hailong.organization.Agencies;
import vn.hailong.rating.RatingFilter;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;

/** The staff's list of the ratings their agencies received ({@code /danh-gia/danh-sach}), as the API lists them. */
@Controller
class RatingListPage {

    private final Ratings ratings;
    private final Agencies agencies;

    RatingListPage(Ratings ratings, Agencies agencies) {
        this.ratings = ratings;
        this.agencies = agencies;
    }

    @GetMapping("/danh-gia/danh-sach")
    String list(RatingFilter filter, ListParams paging, Model model) {
        ListQuery query = paging.page(ListQuery.PAGE_LIMIT);
        model.addAttribute("page", ratings.page(filter, query, Ratings.PAGE_COUNT_CAP));
        model.addAttribute("filter", filter);
        model.addAttribute("period", ratings.period(filter));
        model.addAttribute("query", query);
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("moments", RatingMoment.values());
        return "rating/list";
    }
}
