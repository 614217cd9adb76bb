package vn.hailong.rating.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hailong.rating.FollowUps;
import vn.hailong.shared.web.Flash;

/** The leader's list of low ratings to follow up. */
@Controller
class FollowUpPages {

    private final FollowUps followUps;

    FollowUpPages(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/danh-gia-thap")
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("items", followUps.list(open));
        return "rating/follow-ups";
    }

    @PostMapping("/danh-gia-thap/{id}")
    String record(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> followUps.record(id, note));
        return "redirect:/danh-gia-thap";
    }
}
