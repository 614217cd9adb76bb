package vn.hailong.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackChannel;
import vn.hailong.feedback.FeedbackIntake;
import vn.hailong.feedback.NewFeedback;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;

/** Staff key in items from the suggestion box, the hotline and dialogue meetings ({@code /phan-anh/nhap}). */
@Controller
class StaffEntryPages {

    private final FeedbackIntake intake;
    private final Agencies agencies;

    StaffEntryPages(FeedbackIntake intake, Agencies agencies) {
        this.intake = intake;
        this.agencies = agencies;
    }

    @GetMapping("/phan-anh/nhap")
    String form(Model model) {
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("channels", FeedbackChannel.STAFF);
        return "feedback/entry";
    }

    @PostMapping("/phan-anh/nhap")
    String enter(
            @RequestParam(required = false) FeedbackChannel channel,
            @RequestParam(required = false) FeedbackCategory category,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            Model model,
            RedirectAttributes redirect) {
        try {
            var receipt = intake.enter(
                    new NewFeedback(category, agencyId, null, text, name, phone, email),
                    channel == null ? FeedbackChannel.BOX : channel);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/phan-anh/" + receipt.id();
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("text", text);
            return form(model);
        }
    }
}
