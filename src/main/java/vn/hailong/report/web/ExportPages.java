package vn.hailong.report.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.report.ExportKind;
import vn.hailong.report.Exports;
import vn.hailong.shared.web.Flash;

/** "Tệp xuất": the caller's background exports, "Đang chuẩn bị…" until done, then a download link. */
@Controller
class ExportPages {

    private final Exports exports;

    ExportPages(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/tep-xuat")
    String list(Model model) {
        var jobs = exports.mine();
        model.addAttribute("jobs", jobs);
        model.addAttribute("pending", jobs.stream().anyMatch(j -> j.pending()));
        return "report/exports";
    }

    @PostMapping("/tep-xuat")
    String submit(
            @RequestParam String kind,
            @RequestParam(required = false) String unit,
            @RequestParam String period,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> exports.submit(ExportKind.parse(kind), unit, period));
        return "redirect:/tep-xuat";
    }

    @vn.hailong.shared.StoredFile
    @GetMapping("/tep-xuat/{id}/tep")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return ExportApi.download(exports.file(id));
    }
}
