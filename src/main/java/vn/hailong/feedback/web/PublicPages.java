package vn.hailong.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.Hotlines;

/** Public pages: the published answers ({@code /cong-khai/gop-y}) and the leaders' hotlines ({@code /cong-khai/duong-day-nong}). */
@Controller
class PublicPages {

    private final FeedbackCases cases;
    private final Hotlines hotlines;

    PublicPages(FeedbackCases cases, Hotlines hotlines) {
        this.cases = cases;
        this.hotlines = hotlines;
    }

    @GetMapping("/cong-khai/gop-y")
    String published(Model model) {
        model.addAttribute("items", cases.published(null));
        return "feedback/published";
    }

    @GetMapping("/cong-khai/duong-day-nong")
    String hotlines(@RequestParam(name = "don-vi", required = false) String unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("items", hotlines.directory(unit));
        return "feedback/hotlines";
    }
}
