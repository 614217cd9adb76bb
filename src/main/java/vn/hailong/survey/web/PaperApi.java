package vn.hailong.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.shared.ItemList;
import vn.hailong.survey.AnswerValue;
import vn.hailong.survey.PaperEntry;
import vn.hailong.survey.PaperForm;
import vn.hailong.survey.PaperForms;

@RestController
@Tag(
        name = "Khảo sát / Paper entry",
        description =
                "Double entry of paper survey forms: two keyings compared item by item, differences settled by a third look")
class PaperApi {

    private final PaperForms forms;

    PaperApi(PaperForms forms) {
        this.forms = forms;
    }

    @PostMapping("/api/v1/campaigns/{id}/paper-forms")
    @Operation(
            summary =
                    "Key a paper form (first or second entry); after the second, status MATCHED (response stored) or MISMATCH with the differing items")
    PaperForm enter(@PathVariable long id, @Valid @RequestBody PaperEntry entry) {
        return forms.enter(id, entry);
    }

    @GetMapping("/api/v1/campaigns/{id}/paper-forms")
    @Operation(summary = "Paper forms of the caller's units with their status and differences")
    ItemList<PaperForm> list(@PathVariable long id) {
        return ItemList.of(forms.list(id));
    }

    @GetMapping("/api/v1/campaigns/{id}/paper-forms/{formNo}")
    PaperForm get(@PathVariable long id, @PathVariable String formNo) {
        return forms.form(id, formNo);
    }

    @PostMapping("/api/v1/campaigns/{id}/paper-forms/{formNo}/resolve")
    @Operation(
            summary =
                    "Settle every flagged item with the value on the paper (blank: no answer; DON_VI: the unit's id); the response is then stored")
    PaperForm resolve(@PathVariable long id, @PathVariable String formNo, @RequestBody List<AnswerValue> answers) {
        return forms.resolve(id, formNo, answers);
    }
}
