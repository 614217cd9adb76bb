package vn.hailong.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.feedback.Topics;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.web.Flash;

/** Comment analysis ({@code /phan-anh/chu-de}): topic counts per unit and period, and the editable keyword dictionary. */
@Controller
class TopicPages {

    private final Topics topics;
    private final Agencies agencies;
    private final Clock clock;

    TopicPages(Topics topics, Agencies agencies, Clock clock) {
        this.topics = topics;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/phan-anh/chu-de")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long agency,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("counts", topics.counts(start, end, agency));
        model.addAttribute("dictionary", topics.dictionary());
        return "feedback/topics";
    }

    @PostMapping("/phan-anh/chu-de/tu-khoa")
    String add(
            @RequestParam String topic, @RequestParam(required = false) String keyword, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> topics.addKeyword(topic, keyword));
        return "redirect:/phan-anh/chu-de";
    }

    @PostMapping("/phan-anh/chu-de/tu-khoa/{id}/xoa")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> topics.removeKeyword(id));
        return "redirect:/phan-anh/chu-de";
    }
}
