package vn.hailong.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.Evaluations;
import vn.hailong.insight.Period;
import vn.hailong.insight.Rulebook;
import vn.hailong.report.EvaluationReport;
import vn.hailong.shared.web.Flash;

/**
 * The pages of the citizen's evaluation (Decree 118/2025 Art. 33; quarters up to 2025-Q2 under Decree 61/2018, read-only;
 * the old {@code nghi-dinh-61} addresses redirect here): the province's units × computed / self / appraised score and classification for a quarter,
 * a unit's quarter with its indicators, dossiers and the self and appraised score forms; the PDF and Excel report.
 */
@Controller
class EvaluationPages {

    private static final int PAGE = 100;

    private final Evaluations evaluations;
    private final EvaluationReport report;
    private final Clock clock;

    EvaluationPages(Evaluations evaluations, EvaluationReport report, Clock clock) {
        this.evaluations = evaluations;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/danh-gia-tthc")
    String province(@RequestParam(required = false) String quarter, Model model) {
        Period q = evaluations.quarter(quarter);
        String province = CurrentUser.scope().provinceCode();
        common(model, q);
        model.addAttribute("units", evaluations.units(province, q));
        model.addAttribute("total", evaluations.total(province, q));
        return "report/evaluation";
    }

    @GetMapping("/bao-cao/don-vi/{code}/danh-gia-tthc")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) String quarter,
            @RequestParam(defaultValue = "0") int offset,
            Model model) {
        Period q = evaluations.quarter(quarter);
        common(model, q);
        model.addAttribute("unit", evaluations.unit(code, q));
        model.addAttribute("dossiers", evaluations.dossiers(code, q, Math.max(0, offset), PAGE));
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("today", LocalDate.now(clock));
        return "report/evaluation-unit";
    }

    @PostMapping("/bao-cao/don-vi/{code}/danh-gia-tthc/tu-cham")
    String selfScore(
            @PathVariable String code,
            @RequestParam String quarter,
            @RequestParam(required = false) Double score,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> evaluations.selfScore(code, evaluations.quarter(quarter), score, note));
        return "redirect:/bao-cao/don-vi/" + code + "/danh-gia-tthc?quarter=" + quarter;
    }

    @PostMapping("/bao-cao/don-vi/{code}/danh-gia-tthc/tham-dinh")
    String appraisedScore(
            @PathVariable String code,
            @RequestParam String quarter,
            @RequestParam(required = false) Double score,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> evaluations.appraisedScore(code, evaluations.quarter(quarter), score, note));
        return "redirect:/bao-cao/don-vi/" + code + "/danh-gia-tthc?quarter=" + quarter;
    }

    @GetMapping("/bao-cao/danh-gia-tthc.pdf")
    @ResponseBody
    ResponseEntity<byte[]> provincePdf(@RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.file(report.pdf(null, q), MediaType.APPLICATION_PDF, "danh-gia-tthc-" + q.key() + ".pdf");
    }

    @GetMapping("/bao-cao/don-vi/{code}/danh-gia-tthc.pdf")
    @ResponseBody
    ResponseEntity<byte[]> unitPdf(@PathVariable String code, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.file(
                report.pdf(code, q), MediaType.APPLICATION_PDF, "danh-gia-tthc-" + code + "-" + q.key() + ".pdf");
    }

    @GetMapping("/bao-cao/danh-gia-tthc.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> provinceXlsx(@RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.table(report.table(null, q), "xlsx", "danh-gia-tthc-" + q.key());
    }

    @GetMapping("/bao-cao/don-vi/{code}/danh-gia-tthc.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> unitXlsx(@PathVariable String code, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.table(report.table(code, q), "xlsx", "danh-gia-tthc-" + code + "-" + q.key());
    }

    /** The Decree 61 module's addresses (bookmarks, links in old reports) lead to the evaluation's. */
    @GetMapping({
        "/bao-cao/nghi-dinh-61",
        "/bao-cao/nghi-dinh-61.pdf",
        "/bao-cao/nghi-dinh-61.xlsx",
        "/bao-cao/don-vi/{code}/nghi-dinh-61",
        "/bao-cao/don-vi/{code}/nghi-dinh-61.pdf",
        "/bao-cao/don-vi/{code}/nghi-dinh-61.xlsx"
    })
    ResponseEntity<Void> oldAddress(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .replace("/nghi-dinh-61", "/danh-gia-tthc");
        String query = request.getQueryString();
        return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
                .location(java.net.URI.create(request.getContextPath() + path + (query == null ? "" : "?" + query)))
                .build();
    }

    private void common(Model model, Period q) {
        model.addAttribute("quarter", q);
        List<String> recent = new ArrayList<>();
        Period p = evaluations.quarter(null).previous().previous().previous();
        for (int i = 0; i < 5; i++, p = next(p)) {
            recent.add(p.key());
        }
        model.addAttribute("quarters", recent);
        model.addAttribute("rulebook", Rulebook.of(q));
        model.addAttribute("localRule", report.localRule());
        model.addAttribute("bands", evaluations.bands().bands());
    }

    private static Period next(Period p) {
        LocalDate after = p.to().plusDays(1);
        return Period.parse(after.getYear() + "-Q" + ((after.getMonthValue() - 1) / 3 + 1));
    }
}
