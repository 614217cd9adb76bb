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
import vn.hailong.insight.Decree61Evaluations;
import vn.hailong.insight.Decree61Indicator;
import vn.hailong.insight.Period;
import vn.hailong.report.Decree61Report;
import vn.hailong.shared.web.Flash;

/**
 * The Decree 61 pages: the province's units × computed / self / appraised score and classification for a quarter,
 * a unit's quarter with its indicators, dossiers and the self and appraised score forms; the PDF and Excel report.
 */
@Controller
class Decree61Pages {

    private static final int PAGE = 100;

    private final Decree61Evaluations evaluations;
    private final Decree61Report report;
    private final Clock clock;

    Decree61Pages(Decree61Evaluations evaluations, Decree61Report report, Clock clock) {
        this.evaluations = evaluations;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/nghi-dinh-61")
    String province(@RequestParam(required = false) String quarter, Model model) {
        Period q = evaluations.quarter(quarter);
        String province = CurrentUser.scope().provinceCode();
        common(model, q);
        model.addAttribute("units", evaluations.units(province, q));
        model.addAttribute("total", evaluations.total(province, q));
        return "report/decree61";
    }

    @GetMapping("/bao-cao/don-vi/{code}/nghi-dinh-61")
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
        return "report/decree61-unit";
    }

    @PostMapping("/bao-cao/don-vi/{code}/nghi-dinh-61/tu-cham")
    String selfScore(
            @PathVariable String code,
            @RequestParam String quarter,
            @RequestParam(required = false) Double score,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> evaluations.selfScore(code, evaluations.quarter(quarter), score, note));
        return "redirect:/bao-cao/don-vi/" + code + "/nghi-dinh-61?quarter=" + quarter;
    }

    @PostMapping("/bao-cao/don-vi/{code}/nghi-dinh-61/tham-dinh")
    String appraisedScore(
            @PathVariable String code,
            @RequestParam String quarter,
            @RequestParam(required = false) Double score,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> evaluations.appraisedScore(code, evaluations.quarter(quarter), score, note));
        return "redirect:/bao-cao/don-vi/" + code + "/nghi-dinh-61?quarter=" + quarter;
    }

    @GetMapping("/bao-cao/nghi-dinh-61.pdf")
    @ResponseBody
    ResponseEntity<byte[]> provincePdf(@RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.file(report.pdf(null, q), MediaType.APPLICATION_PDF, "nghi-dinh-61-" + q.key() + ".pdf");
    }

    @GetMapping("/bao-cao/don-vi/{code}/nghi-dinh-61.pdf")
    @ResponseBody
    ResponseEntity<byte[]> unitPdf(@PathVariable String code, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.file(
                report.pdf(code, q), MediaType.APPLICATION_PDF, "nghi-dinh-61-" + code + "-" + q.key() + ".pdf");
    }

    @GetMapping("/bao-cao/nghi-dinh-61.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> provinceXlsx(@RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.table(report.table(null, q), "xlsx", "nghi-dinh-61-" + q.key());
    }

    @GetMapping("/bao-cao/don-vi/{code}/nghi-dinh-61.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> unitXlsx(@PathVariable String code, @RequestParam(required = false) String quarter) {
        Period q = evaluations.quarter(quarter);
        return ReportExports.table(report.table(code, q), "xlsx", "nghi-dinh-61-" + code + "-" + q.key());
    }

    private void common(Model model, Period q) {
        model.addAttribute("quarter", q);
        List<String> recent = new ArrayList<>();
        Period p = evaluations.quarter(null).previous().previous().previous();
        for (int i = 0; i < 5; i++, p = next(p)) {
            recent.add(p.key());
        }
        model.addAttribute("quarters", recent);
        model.addAttribute("indicators", Decree61Indicator.values());
        model.addAttribute("bands", evaluations.bands().bands());
    }

    private static Period next(Period p) {
        LocalDate after = p.to().plusDays(1);
        return Period.parse(after.getYear() + "-Q" + ((after.getMonthValue() - 1) / 3 + 1));
    }
}
