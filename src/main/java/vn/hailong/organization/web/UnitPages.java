package vn.hailong.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.organization.AdminUnit;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.UnitResolutions;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.web.Flash;

/** Browse the unit tree on any day, search units, see a unit's history; import successions and unit-change resolutions. */
@Controller
class UnitPages {

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final UnitResolutions resolutions;

    UnitPages(AdministrativeUnits units, Agencies agencies, UnitResolutions resolutions) {
        this.units = units;
        this.resolutions = resolutions;
        this.agencies = agencies;
    }

    @GetMapping("/don-vi")
    String tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) String q,
            Model model) {
        LocalDate day = at == null ? units.today() : at;
        model.addAttribute("at", day);
        model.addAttribute("q", q);
        model.addAttribute("provinces", units.list("province", null, day));
        model.addAttribute("found", units.search(q, day));
        return "units/tree";
    }

    @GetMapping("/don-vi/{code}/con")
    String children(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model) {
        model.addAttribute("at", at);
        model.addAttribute("children", units.list(null, code, at));
        return "units/tree :: children";
    }

    @GetMapping("/don-vi/{code}")
    String detail(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model) {
        var detail = units.detail(code, at);
        model.addAttribute("unit", detail);
        model.addAttribute("versions", units.versions(code));
        model.addAttribute("history", units.codesWithHistory(code));
        model.addAttribute("agencies", agencies.visible(code));
        LocalDate day = detail.validTo() != null ? detail.validTo() : units.today();
        model.addAttribute("at", day);
        model.addAttribute(
                "parent",
                detail.parentCode() == null
                        ? null
                        : units.find(detail.parentCode(), day).orElse(null));
        model.addAttribute("children", units.list(null, code, day));
        return "units/detail";
    }

    @PostMapping("/don-vi/sap-nhap")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String importSuccessions(@RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        model.addAttribute("report", units.importSuccessions(file.getOriginalFilename(), file.getInputStream()));
        model.addAttribute("back", "/don-vi");
        return "import-report";
    }

    @PostMapping("/don-vi/nghi-quyet")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String importResolution(@RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        model.addAttribute("report", resolutions.importResolution(file.getOriginalFilename(), file.getInputStream()));
        model.addAttribute("back", "/don-vi");
        return "import-report";
    }

    @PostMapping("/co-quan/{id}/ma-dinh-danh")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String setElectronicId(
            @PathVariable long id, @RequestParam(required = false) String electronicId, RedirectAttributes redirect) {
        String unit = agencies.get(id).unitCode();
        Flash.attempt(redirect, () -> agencies.setElectronicId(id, electronicId));
        return "redirect:/don-vi/" + unit;
    }

    static String label(AdminUnit u) {
        return u.fullName();
    }
}
