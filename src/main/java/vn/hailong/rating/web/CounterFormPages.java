package vn.hailong.rating.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.rating.CounterForms;

/** Administrators choose the counter form of each agency. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
class CounterFormPages {

    private final CounterForms forms;

    CounterFormPages(CounterForms forms) {
        this.forms = forms;
    }

    @GetMapping("/quan-tri/phieu-danh-gia")
    String list(Model model) {
        model.addAttribute("choices", forms.choices());
        model.addAttribute("forms", forms.forms());
        return "rating/counter-forms";
    }

    @PostMapping("/quan-tri/phieu-danh-gia")
    String choose(@RequestParam long agencyId, @RequestParam String formCode) {
        forms.choose(agencyId, formCode);
        return "redirect:/quan-tri/phieu-danh-gia?saved";
    }
}
