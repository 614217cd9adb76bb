package vn.hailong.survey.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.survey.AnswerRules;
import vn.hailong.survey.Invitation;
import vn.hailong.survey.NewResponse;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;
import vn.hailong.survey.Responses;
import vn.hailong.survey.Section;

/**
 * The invited citizen's survey page behind {@code /khao-sat/{token}}: phone-first, large type, no script.
 * A conditional section (factor 5) opens by CSS when its gate is answered; the server ignores it otherwise.
 */
@Controller
class SurveyPage {

    private final Responses responses;
    private final Questionnaires questionnaires;
    private final Clock clock;

    SurveyPage(Responses responses, Questionnaires questionnaires, Clock clock) {
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @GetMapping("/khao-sat/{token}")
    String form(@PathVariable String token, Model model) {
        var found = responses.invitation(token);
        if (found.isEmpty()) {
            return message(model, "survey.tokenUnknown");
        }
        Invitation inv = found.get();
        if (inv.responded()) {
            return message(model, "survey.alreadyAnswered");
        }
        if (!inv.expiresAt().isAfter(LocalDateTime.now(clock))) {
            return message(model, "survey.expired");
        }
        if (!"OPEN".equals(inv.campaignStatus())) {
            return message(model, "survey.campaign.closed");
        }
        Questionnaire q = questionnaires.get(inv.questionnaireCode(), inv.questionnaireVersion());
        Map<String, String> gates = new HashMap<>();
        List<Section> sections = q.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).condition() != null) {
                gates.put(
                        sections.get(i).condition().item() + "="
                                + sections.get(i).condition().equals(),
                        "s" + i);
            }
        }
        model.addAttribute("q", q);
        model.addAttribute("gates", gates);
        model.addAttribute("invitation", inv);
        model.addAttribute("token", token);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "survey/form";
    }

    @PostMapping("/khao-sat/{token}")
    String submit(
            @PathVariable String token,
            @RequestParam String key,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        var inv = responses.invitation(token);
        if (inv.isEmpty()) {
            return message(model, "survey.tokenUnknown");
        }
        try {
            Questionnaire q =
                    questionnaires.get(inv.get().questionnaireCode(), inv.get().questionnaireVersion());
            responses.submit(new NewResponse(key, token, null, null, null, AnswerRules.fromForm(q, params)));
            return message(model, "survey.thanks");
        } catch (InvalidInputException e) {
            String form = form(token, model);
            if (form.equals("survey/form")) {
                model.addAttribute("errorKey", e.messageKey());
                model.addAttribute("errorArgs", e.args());
            }
            return form;
        }
    }

    private static String message(Model model, String key) {
        model.addAttribute("messageKey", key);
        return "survey/message";
    }
}
