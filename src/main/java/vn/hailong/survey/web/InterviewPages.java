package vn.hailong.survey.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.survey.Campaign;
import vn.hailong.survey.Campaigns;
import vn.hailong.survey.NewResponse;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;
import vn.hailong.survey.Responses;
import vn.hailong.survey.StoredResponse;

/**
 * Interviewer mode: a tablet page that keeps working offline. The open campaigns the interviewer may
 * work in (questionnaire and units) come with the page, which the service worker keeps; answers wait in
 * an IndexedDB queue with their idempotency keys and are sent when the network is back.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER','ONE_STOP_OFFICER')")
class InterviewPages {

    /** What the page needs to interview offline: an open campaign, its questionnaire and the caller's units in it. */
    record Setup(long id, String title, Questionnaire questionnaire, List<Map<String, Object>> units) {}

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final ObjectMapper json;

    InterviewPages(Campaigns campaigns, Questionnaires questionnaires, ObjectMapper json) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.json = json;
    }

    @GetMapping("/khao-sat-sipas/phong-van")
    String page(Model model) {
        List<Setup> setups = new ArrayList<>();
        for (Campaign c : campaigns.list()) {
            if (c.open()) {
                setups.add(new Setup(
                        c.id(),
                        c.title(),
                        questionnaires.get(c.questionnaireCode(), c.questionnaireVersion()),
                        campaigns.progress(c.id()).stream()
                                .map(u -> Map.<String, Object>of("id", u.agencyId(), "name", u.agencyName()))
                                .toList()));
            }
        }
        // Safe inside <script type="application/json">: no "</" can close the element.
        model.addAttribute("setup", json.writeValueAsString(setups).replace("</", "<\\/"));
        return "survey/interview";
    }

    /**
     * The page's sync: the same idempotent submission as {@code POST /api/v1/survey/responses}, with the
     * interviewer's session (and its CSRF token) instead of Basic or an API key.
     */
    @RestController
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER','ONE_STOP_OFFICER')")
    static class Sync {

        private final Responses responses;

        Sync(Responses responses) {
            this.responses = responses;
        }

        @PostMapping("/khao-sat-sipas/phong-van/phieu")
        ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody NewResponse response) {
            if (!"INTERVIEW".equals(response.channel())
                    || (response.token() != null && !response.token().isBlank())) {
                throw new InvalidInputException("survey.response.who");
            }
            StoredResponse stored = responses.submit(response);
            return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(Map.of("id", stored.id(), "created", stored.created()));
        }
    }
}
