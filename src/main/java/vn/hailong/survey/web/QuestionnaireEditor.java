package vn.hailong.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.survey.IndexRole;
import vn.hailong.survey.ItemType;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;

/**
 * The administrators' questionnaire editor: a questionnaire as its JSON (the export format), started
 * from an existing version or a skeleton, or imported from a file; saving makes or replaces the draft
 * (a published version never changes), then preview and publish.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
class QuestionnaireEditor {

    private final Questionnaires questionnaires;
    private final ObjectMapper json;

    QuestionnaireEditor(Questionnaires questionnaires, ObjectMapper json) {
        this.questionnaires = questionnaires;
        this.json = json;
    }

    @GetMapping("/khao-sat-sipas/bang-hoi/soan")
    String editor(
            @RequestParam(required = false) String code, @RequestParam(required = false) Integer version, Model model) {
        if (!model.containsAttribute("text")) {
            Questionnaire start = code != null && version != null ? questionnaires.get(code, version) : skeleton();
            model.addAttribute("text", json.writerWithDefaultPrettyPrinter().writeValueAsString(start));
        }
        model.addAttribute("types", ItemType.values());
        model.addAttribute("roles", IndexRole.values());
        return "survey/editor";
    }

    @PostMapping("/khao-sat-sipas/bang-hoi/soan")
    String save(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        String source = file != null && !file.isEmpty()
                ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : text == null ? "" : text;
        try {
            Questionnaire q = parse(source);
            int version = questionnaires.save(q);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/khao-sat-sipas/bang-hoi/" + UriUtils.encodePathSegment(q.code(), StandardCharsets.UTF_8)
                    + "/" + version;
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            redirect.addFlashAttribute("text", source);
            return "redirect:/khao-sat-sipas/bang-hoi/soan";
        }
    }

    @PostMapping("/khao-sat-sipas/bang-hoi/{code}/{version}/ban-hanh")
    String publish(@PathVariable String code, @PathVariable int version, RedirectAttributes redirect) {
        try {
            questionnaires.publish(code, version);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/khao-sat-sipas/bang-hoi/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/"
                + version;
    }

    private Questionnaire parse(String text) {
        if (text.isBlank()) {
            throw new InvalidInputException("survey.questionnaire.json", "");
        }
        try {
            // The version and status in the text are ignored (saving decides them), so they may be left out.
            return json.readerFor(Questionnaire.class)
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(text);
        } catch (JacksonException e) {
            String why = e.getOriginalMessage();
            throw new InvalidInputException(
                    "survey.questionnaire.json",
                    why == null ? "" : why.lines().findFirst().orElse(""));
        }
    }

    /** The questionnaire a new one starts from: a small example of every kind of item (survey/new-questionnaire.json). */
    private Questionnaire skeleton() {
        try (InputStream in = new ClassPathResource("survey/new-questionnaire.json").getInputStream()) {
            return json.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export for a signed-in administrator (the API's export needs Basic or a key). */
    @GetMapping("/khao-sat-sipas/bang-hoi/{code}/{version}/json")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    ResponseEntity<String> export(@PathVariable String code, @PathVariable int version) {
        String body = json.writerWithDefaultPrettyPrinter().writeValueAsString(questionnaires.get(code, version));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + code.replaceAll("[^A-Za-z0-9_.-]", "_") + "-v" + version
                                + ".json\"")
                .body(body);
    }
}
