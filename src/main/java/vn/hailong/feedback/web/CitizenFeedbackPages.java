package vn.hailong.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackIntake;
import vn.hailong.feedback.NewFeedback;
import vn.hailong.feedback.SubmissionGuard;
import vn.hailong.feedback.Upload;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.web.Flash;

/**
 * The citizen's pages, small and without script: the form {@code /gop-y} (also behind the desk's QR,
 * {@code ?co=} preselects the agency), the status page {@code /gop-y/{code}} and the answer's rating link.
 */
@Controller
class CitizenFeedbackPages {

    private final FeedbackIntake intake;
    private final FeedbackCases cases;
    private final SubmissionGuard guard;

    CitizenFeedbackPages(FeedbackIntake intake, FeedbackCases cases, SubmissionGuard guard) {
        this.intake = intake;
        this.cases = cases;
        this.guard = guard;
    }

    @GetMapping("/gop-y")
    String form(@RequestParam(name = "co", required = false) String agency, Model model, HttpServletRequest request) {
        FeedbackForm form = new FeedbackForm();
        intake.agency(agency).ifPresent(a -> form.setAgency(a.name()));
        return show(form, intake.challengeNeeded(request.getRemoteAddr()), model);
    }

    @PostMapping("/gop-y")
    String submit(
            FeedbackForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletRequest request) {
        var answer = new SubmissionGuard.Answer(form.getChallengeToken(), form.getChallengeAnswer());
        try {
            Long agency = null;
            if (form.getAgency() != null && !form.getAgency().isBlank()) {
                agency = intake.agency(form.getAgency())
                        .orElseThrow(() -> new InvalidInputException("feedback.unknownAgencyName", form.getAgency()))
                        .id();
            }
            NewFeedback in = new NewFeedback(
                    category(form.getCategory()),
                    agency,
                    form.getDossierCode(),
                    form.getText(),
                    form.getName(),
                    form.getPhone(),
                    form.getEmail(),
                    form.isPublishConsent());
            var receipt = intake.submit(in, uploads(files), request.getRemoteAddr(), answer);
            return "redirect:/gop-y/" + receipt.trackingCode() + "?moi";
        } catch (InvalidInputException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(
                    form,
                    "feedback.challengeRequired".equals(e.messageKey())
                            || intake.challengeNeeded(request.getRemoteAddr()),
                    model);
        }
    }

    @GetMapping("/gop-y/tra-cuu")
    String lookup(@RequestParam(name = "ma", required = false) String code) {
        String c = code == null ? "" : code.trim().toUpperCase();
        return c.matches("[A-Z0-9-]{4,20}") ? "redirect:/gop-y/" + c : "redirect:/gop-y";
    }

    @GetMapping("/gop-y/{code}")
    String status(@PathVariable String code, @RequestParam(name = "moi", required = false) String fresh, Model model) {
        model.addAttribute("s", cases.status(code));
        model.addAttribute("fresh", fresh != null);
        return "feedback/status";
    }

    @PostMapping("/gop-y/{code}/bo-sung")
    String supplement(
            @PathVariable String code,
            @RequestParam(required = false) String info,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> cases.supplement(code, info));
        return "redirect:/gop-y/" + code;
    }

    @GetMapping("/gop-y/danh-gia/{token}")
    String rateForm(@PathVariable String token, Model model) {
        model.addAttribute("s", cases.statusByAnswerToken(token));
        model.addAttribute("token", token);
        return "feedback/rate";
    }

    @PostMapping("/gop-y/danh-gia/{token}")
    String rate(@PathVariable String token, @RequestParam boolean satisfied) {
        String code = cases.rateAnswer(token, satisfied);
        return "redirect:/gop-y/" + code;
    }

    private String show(FeedbackForm form, boolean challenge, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("agencies", intake.agencies());
        if (challenge) {
            model.addAttribute("challenge", guard.challenge());
        }
        return "feedback/form";
    }

    private static FeedbackCategory category(String value) {
        try {
            return FeedbackCategory.valueOf(value);
        } catch (RuntimeException e) {
            throw new InvalidInputException("feedback.categoryRequired");
        }
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                try {
                    out.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
