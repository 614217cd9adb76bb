package vn.hailong.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.shared.Csv;
import vn.hailong.shared.ItemList;
import vn.hailong.survey.Aggregation;
import vn.hailong.survey.Campaign;
import vn.hailong.survey.CampaignResults;
import vn.hailong.survey.Campaigns;
import vn.hailong.survey.NewCampaign;
import vn.hailong.survey.NewResponse;
import vn.hailong.survey.Responses;
import vn.hailong.survey.SipasIndices;
import vn.hailong.survey.StoredResponse;
import vn.hailong.survey.SurveyExport;
import vn.hailong.survey.UnitProgress;

@RestController
@Tag(
        name = "Khảo sát / SIPAS campaigns",
        description = "Campaigns, reproducible samples, progress, indices and responses")
class CampaignApi {

    private final Campaigns campaigns;
    private final Responses responses;
    private final SurveyExport export;
    private final SipasIndices sipasIndices;

    CampaignApi(Campaigns campaigns, Responses responses, SurveyExport export, SipasIndices sipasIndices) {
        this.sipasIndices = sipasIndices;
        this.campaigns = campaigns;
        this.responses = responses;
        this.export = export;
    }

    @PostMapping("/api/v1/campaigns")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    @Operation(
            summary =
                    "Create a campaign: draws each unit's sample (stratified by field, seed recorded) and queues the invitations")
    ResponseEntity<Campaign> create(@Valid @RequestBody NewCampaign campaign) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.get(campaigns.create(campaign)));
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "Campaigns with a unit in the caller's scope")
    ItemList<Campaign> list() {
        return ItemList.of(campaigns.list());
    }

    @GetMapping("/api/v1/campaigns/{id}")
    Campaign get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @GetMapping("/api/v1/campaigns/{id}/progress")
    @Operation(summary = "Per unit: quota, invited, responded, response rate and share of the quota reached")
    ItemList<UnitProgress> progress(@PathVariable long id) {
        return ItemList.of(campaigns.progress(id));
    }

    @GetMapping("/api/v1/campaigns/{id}/results")
    @Operation(
            summary =
                    "Criterion, factor and overall indices per unit and for all units, with n and Wilson 95% intervals; "
                            + "aggregation=pooled (all answers together, default) or mean (mean of the units' indices)")
    CampaignResults results(@PathVariable long id, @RequestParam(required = false) String aggregation) {
        return campaigns.results(id, Aggregation.parse(aggregation));
    }

    @GetMapping("/api/v1/insight/sipas")
    @Operation(
            summary =
                    "The SIPAS index of a unit (an agency code, a province code, or all the caller's units) over the campaigns "
                            + "that ran between from and to: criteria, factors and overall with n and intervals, the aggregation named")
    ItemList<SipasIndices.SipasIndex> sipas(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String aggregation) {
        return ItemList.of(sipasIndices.of(unit, from, to, Aggregation.parse(aggregation)));
    }

    @PostMapping("/api/v1/campaigns/{id}/reminders")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    @Operation(
            summary =
                    "Remind the invitees of the caller's units who have not answered (after reminder-days, at most max-reminders times)")
    Map<String, Object> remind(@PathVariable long id) {
        return Map.of("reminders", campaigns.remind(id));
    }

    @PostMapping("/api/v1/campaigns/{id}/close")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    @Operation(summary = "Close the campaign: no response is accepted afterwards")
    Campaign close(@PathVariable long id) {
        campaigns.close(id);
        return campaigns.get(id);
    }

    /** The API's CSV form (docs/exports.md). */
    private static final String SEP =
            ". UTF-8 with a BOM, comma-separated with a decimal point (R read.csv, pandas); sep=semicolon gives ';' and a "
                    + "decimal comma, as Excel with the Vietnamese locale opens it";

    @GetMapping(value = "/api/v1/campaigns/{id}/responses.csv", produces = "text/csv;charset=UTF-8")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    @Operation(
            summary =
                    "Raw responses of the caller's units: one row a response, one column an item (expectations one 0/1 column an option)"
                            + SEP)
    ResponseEntity<byte[]> responsesCsv(@PathVariable long id, @RequestParam(required = false) String sep) {
        return csv(export.responsesCsv(id, Csv.Dialect.of(sep)), "sipas-" + id + "-responses.csv");
    }

    @GetMapping(value = "/api/v1/campaigns/{id}/codebook.csv", produces = "text/csv;charset=UTF-8")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    @Operation(
            summary =
                    "The codebook of the raw responses: every column with its section, wording, type, place in the index and values"
                            + SEP)
    ResponseEntity<byte[]> codebookCsv(@PathVariable long id, @RequestParam(required = false) String sep) {
        return csv(export.codebookCsv(id, Csv.Dialect.of(sep)), "sipas-" + id + "-codebook.csv");
    }

    @GetMapping(value = "/api/v1/campaigns/{id}/figures.csv", produces = "text/csv;charset=UTF-8")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    @Operation(
            summary =
                    "Every published figure of the caller's units (units, pooled, mean of units): estimator, index, respondents, "
                            + "valid answers, satisfied, effective n and the 95% interval (Wilson at the effective n); see docs/statistics.md"
                            + SEP)
    ResponseEntity<byte[]> figuresCsv(@PathVariable long id, @RequestParam(required = false) String sep) {
        return csv(export.figuresCsv(id, Csv.Dialect.of(sep)), "sipas-" + id + "-figures.csv");
    }

    static ResponseEntity<byte[]> csv(String text, String name) {
        byte[] out = Csv.withBom(text);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + name + "\"")
                .body(out);
    }

    @PostMapping("/api/v1/survey/responses")
    @Operation(
            summary =
                    "Submit a response (by token, or as a signed-in interviewer / paper entry); the same idempotencyKey answers 200 with the same id")
    ResponseEntity<Map<String, Object>> respond(@Valid @RequestBody NewResponse response) {
        StoredResponse stored = responses.submit(response);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("id", stored.id(), "created", stored.created()));
    }
}
