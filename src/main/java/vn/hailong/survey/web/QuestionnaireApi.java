package vn.hailong.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.shared.ItemList;
import vn.hailong.survey.Questionnaire;
import vn.hailong.survey.Questionnaires;

@RestController
@Tag(
        name = "Khảo sát / Survey questionnaires",
        description = "Versioned questionnaires; a published version never changes")
class QuestionnaireApi {

    private final Questionnaires questionnaires;

    QuestionnaireApi(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/api/v1/questionnaires")
    @Operation(
            summary =
                    "Every questionnaire version with code, version, title, sections[items[]]; the counter forms have source=rating")
    ItemList<Questionnaire> list() {
        return ItemList.of(questionnaires.list(LocaleContextHolder.getLocale().getLanguage()));
    }

    @GetMapping("/api/v1/questionnaires/{code}/{version}")
    @Operation(summary = "One version as JSON (the export format; POST it back to import)")
    Questionnaire get(@PathVariable String code, @PathVariable int version) {
        return questionnaires.get(code, version);
    }

    @PostMapping("/api/v1/questionnaires")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    @Operation(
            summary =
                    "Import or edit: replaces the latest draft of the code, or makes a new draft version after a published one")
    ResponseEntity<Map<String, Object>> save(@RequestBody Questionnaire questionnaire) {
        int version = questionnaires.save(questionnaire);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", questionnaire.code(), "version", version));
    }

    @PostMapping("/api/v1/questionnaires/{code}/{version}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    @Operation(summary = "Publish a draft version; from then on it is immutable")
    Questionnaire publish(@PathVariable String code, @PathVariable int version) {
        questionnaires.publish(code, version);
        return questionnaires.get(code, version);
    }
}
