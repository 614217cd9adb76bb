package vn.hailong.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.survey.AnswerRules;
import vn.hailong.survey.AnswerValue;
import vn.hailong.survey.Campaign;
import vn.hailong.survey.Campaigns;
import vn.hailong.survey.PaperEntry;
import vn.hailong.survey.PaperForm;
import vn.hailong.survey.PaperForms;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;

/** Paper entry: keying a form (twice), the forms entered, and the third look that settles differences. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER','ONE_STOP_OFFICER')")
class PaperPages {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final PaperForms forms;
    private final MessageSource messages;

    PaperPages(Campaigns campaigns, Questionnaires questionnaires, PaperForms forms, MessageSource messages) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/khao-sat-sipas/{id}/phieu-giay")
    String page(@PathVariable long id, Model model) {
        Campaign c = campaigns.get(id);
        model.addAttribute("campaign", c);
        model.addAttribute("units", campaigns.progress(id));
        model.addAttribute("q", questionnaires.get(c.questionnaireCode(), c.questionnaireVersion()));
        model.addAttribute("forms", forms.list(id));
        return "survey/paper";
    }

    @PostMapping("/khao-sat-sipas/{id}/phieu-giay")
    String enter(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Campaign c = campaigns.get(id);
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        try {
            String agency = form.getFirst("agencyId");
            PaperForm saved = forms.enter(
                    id,
                    new PaperEntry(
                            form.getFirst("formNo") == null ? "" : form.getFirst("formNo"),
                            agency == null || !agency.matches("\\d{1,18}") ? -1L : Long.parseLong(agency),
                            AnswerRules.fromForm(q, form)));
            redirect.addFlashAttribute(
                    "entered",
                    messages.getMessage(
                            "survey.paper.entered",
                            new Object[] {
                                saved.formNo(),
                                messages.getMessage(
                                        "survey.paper.status." + saved.status(), null, LocaleContextHolder.getLocale())
                            },
                            LocaleContextHolder.getLocale()));
            if ("MISMATCH".equals(saved.status())) {
                return "redirect:/khao-sat-sipas/" + id + "/phieu-giay/"
                        + UriUtils.encodePathSegment(saved.formNo(), "UTF-8");
            }
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/khao-sat-sipas/" + id + "/phieu-giay";
    }

    @GetMapping("/khao-sat-sipas/{id}/phieu-giay/{formNo}")
    String form(@PathVariable long id, @PathVariable String formNo, Model model) {
        Campaign c = campaigns.get(id);
        model.addAttribute("campaign", c);
        model.addAttribute("q", questionnaires.get(c.questionnaireCode(), c.questionnaireVersion()));
        model.addAttribute("units", campaigns.progress(id));
        model.addAttribute("form", forms.form(id, formNo));
        return "survey/paper-form";
    }

    @PostMapping("/khao-sat-sipas/{id}/phieu-giay/{formNo}")
    String resolve(
            @PathVariable long id,
            @PathVariable String formNo,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<AnswerValue> settled = new ArrayList<>();
        form.forEach((k, v) -> {
            if (k.startsWith("v.")) {
                settled.add(new AnswerValue(k.substring(2), v));
            }
        });
        try {
            PaperForm saved = forms.resolve(id, formNo, settled);
            redirect.addFlashAttribute(
                    "entered",
                    messages.getMessage(
                            "survey.paper.entered",
                            new Object[] {
                                saved.formNo(),
                                messages.getMessage(
                                        "survey.paper.status." + saved.status(), null, LocaleContextHolder.getLocale())
                            },
                            LocaleContextHolder.getLocale()));
            return "redirect:/khao-sat-sipas/" + id + "/phieu-giay";
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return "redirect:/khao-sat-sipas/" + id + "/phieu-giay/" + UriUtils.encodePathSegment(formNo, "UTF-8");
        }
    }
}
