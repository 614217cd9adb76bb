package vn.hailong.survey.web;

import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.hailong.shared.Csv;
import vn.hailong.survey.Aggregation;
import vn.hailong.survey.Campaigns;
import vn.hailong.survey.Questionnaires;
import vn.hailong.survey.SurveyExport;
import vn.hailong.survey.SurveyReport;

/** Administrators' pages: questionnaires and their preview, campaigns with progress and the index table. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
class SurveyPages {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final SurveyExport export;
    private final SurveyReport report;

    SurveyPages(Campaigns campaigns, Questionnaires questionnaires, SurveyExport export, SurveyReport report) {
        this.report = report;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.export = export;
    }

    @GetMapping("/khao-sat-sipas")
    String campaigns(Model model) {
        model.addAttribute(
                "campaigns",
                campaigns.list().stream()
                        .map(c -> new CampaignRow(c, campaigns.progress(c.id())))
                        .toList());
        return "survey/campaigns";
    }

    @GetMapping("/khao-sat-sipas/{id}")
    String campaign(@PathVariable long id, @RequestParam(required = false) String aggregation, Model model) {
        Aggregation a = Aggregation.parse(aggregation);
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("progress", campaigns.progress(id));
        model.addAttribute("results", campaigns.results(id, a));
        model.addAttribute("other", a == Aggregation.POOLED ? Aggregation.MEAN : Aggregation.POOLED);
        return "survey/campaign";
    }

    @PostMapping("/khao-sat-sipas/{id}/nhac")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    String remind(@PathVariable long id, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("reminded", campaigns.remind(id));
        return "redirect:/khao-sat-sipas/" + id;
    }

    @PostMapping("/khao-sat-sipas/{id}/ket-thuc")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
    String close(@PathVariable long id) {
        campaigns.close(id);
        return "redirect:/khao-sat-sipas/" + id;
    }

    @GetMapping("/khao-sat-sipas/{id}/du-lieu.zip")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    ResponseEntity<byte[]> data(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sipas-" + id + "-du-lieu.zip\"")
                .body(export.zip(id, Csv.Dialect.EXCEL_VI));
    }

    @GetMapping("/khao-sat-sipas/{id}/bao-cao.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, @RequestParam(required = false) String aggregation) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-khao-sat-" + id + ".pdf\"")
                .body(report.pdf(id, Aggregation.parse(aggregation)));
    }

    @GetMapping("/khao-sat-sipas/{id}/bao-cao.xlsx")
    ResponseEntity<byte[]> reportExcel(@PathVariable long id, @RequestParam(required = false) String aggregation) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-khao-sat-" + id + ".xlsx\"")
                .body(report.excel(id, Aggregation.parse(aggregation)));
    }

    @GetMapping("/khao-sat-sipas/bang-hoi")
    String questionnaires(Model model) {
        model.addAttribute(
                "questionnaires",
                questionnaires.list(LocaleContextHolder.getLocale().getLanguage()));
        return "survey/questionnaires";
    }

    @GetMapping("/khao-sat-sipas/bang-hoi/{code}/{version}")
    String preview(@PathVariable String code, @PathVariable int version, Model model) {
        model.addAttribute("q", questionnaires.get(code, version));
        return "survey/preview";
    }
}
