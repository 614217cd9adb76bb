package vn.hailong.report.web;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.insight.Classification;
import vn.hailong.insight.OfficerEvaluations;
import vn.hailong.shared.web.Flash;

/** An officer's monthly scorecard for the evaluation meeting, and the leader's confirmation of the classification. */
@Controller
class OfficerScorecardPage {

    private final OfficerEvaluations evaluations;
    private final Clock clock;

    OfficerScorecardPage(OfficerEvaluations evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/don-vi/{code}/can-bo/{officerId}/thang")
    String scorecard(
            @PathVariable String code,
            @PathVariable long officerId,
            @RequestParam(required = false) String month,
            Model model) {
        YearMonth m = month == null || month.isBlank()
                ? YearMonth.now(clock).minusMonths(1)
                : OfficerEvaluations.month(month);
        model.addAttribute("card", evaluations.scorecard(code, officerId, m));
        model.addAttribute("classes", Classification.values());
        model.addAttribute(
                "canConfirm", CurrentUser.hasRole(Role.UNIT_LEADER) || CurrentUser.hasRole(Role.SYSTEM_ADMIN));
        return "report/scorecard";
    }

    @PostMapping("/bao-cao/don-vi/{code}/can-bo/{officerId}/thang")
    String confirm(
            @PathVariable String code,
            @PathVariable long officerId,
            @RequestParam String month,
            @RequestParam(required = false) Classification classification,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        YearMonth m = OfficerEvaluations.month(month);
        Flash.attempt(redirect, () -> evaluations.confirm(code, officerId, m, classification, note));
        return "redirect:/bao-cao/don-vi/" + code + "/can-bo/" + officerId + "/thang?month=" + m;
    }
}
