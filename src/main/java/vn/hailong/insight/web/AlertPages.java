package vn.hailong.insight.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.access.CurrentUser;
import vn.hailong.insight.AlertKind;
import vn.hailong.insight.AlertStatus;
import vn.hailong.insight.Alerts;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.web.Flash;

/**
 * The alerts of the units the user sees ({@code /canh-bao}), acknowledged and closed with a note, and the rules
 * page for unit leaders, provincial officials and administrators ({@code /canh-bao/quy-tac}). On the page a
 * satisfaction threshold is a percentage (85 = 85%); the rules keep a fraction.
 */
@Controller
class AlertPages {

    private final Alerts alerts;
    private final Agencies agencies;

    private final vn.hailong.access.AgencyDirectory directory;

    AlertPages(Alerts alerts, Agencies agencies, vn.hailong.access.AgencyDirectory directory) {
        this.directory = directory;
        this.alerts = alerts;
        this.agencies = agencies;
    }

    @GetMapping("/canh-bao")
    String list(@RequestParam(defaultValue = "active") String status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("items", alerts.list(statuses(status)));
        model.addAttribute("canAct", Alerts.canAct());
        return "insight/alerts";
    }

    /** The menu badge: how many alerts wait to be acknowledged (empty when none). */
    @GetMapping(value = "/canh-bao/so-luong", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String count() {
        long open = alerts.openCount();
        return open == 0 ? "" : "<span class=\"badge alert-count\" title=\"" + open + "\">" + open + "</span>";
    }

    @PostMapping("/canh-bao/{id}/xac-nhan")
    String acknowledge(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "active") String status,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> alerts.acknowledge(id, note));
        return "redirect:/canh-bao?status=" + statusParam(status);
    }

    @PostMapping("/canh-bao/{id}/dong")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "active") String status,
            RedirectAttributes redirect) {
        if (!Flash.attempt(redirect, () -> alerts.close(id, note))) {
            redirect.addFlashAttribute("failedId", id);
            redirect.addFlashAttribute("failedNote", note);
        }
        return "redirect:/canh-bao?status=" + statusParam(status);
    }

    @GetMapping("/canh-bao/quy-tac")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    String rules(Model model) {
        var rules = alerts.rules();
        model.addAttribute("rules", rules);
        // "Mọi đơn vị của Tỉnh Quảng Ninh", not "tỉnh 22"
        java.util.Map<String, String> provinces = new java.util.HashMap<>();
        rules.stream()
                .map(r -> r.provinceCode())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(c -> provinces.put(c, directory.provinceName(c)));
        model.addAttribute("provinces", provinces);
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("units", agencies.visible(null));
        model.addAttribute("province", CurrentUser.scope().provinceCode());
        model.addAttribute("alerts", alerts);
        return "insight/alert-rules";
    }

    @PostMapping("/canh-bao/quy-tac")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    String addRule(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String windowDays,
            RedirectAttributes redirect) {
        if (!Flash.attempt(
                redirect, () -> alerts.addRule(unit, province, kind, threshold(kind, threshold), days(windowDays)))) {
            redirect.addFlashAttribute(
                    "form",
                    java.util.Map.of(
                            "unit",
                            String.valueOf(unit),
                            "kind",
                            String.valueOf(kind),
                            "threshold",
                            String.valueOf(threshold),
                            "windowDays",
                            String.valueOf(windowDays)));
        }
        return "redirect:/canh-bao/quy-tac";
    }

    @PostMapping("/canh-bao/quy-tac/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
    String changeRule(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String windowDays,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> alerts.updateRule(id, threshold(kind, threshold), days(windowDays), active));
        return "redirect:/canh-bao/quy-tac";
    }

    /** Which statuses a tab shows: active (open and acknowledged), open, acknowledged, closed or all. */
    static Set<AlertStatus> statuses(String status) {
        return switch (statusParam(status)) {
            case "active" -> EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
            case "all" -> EnumSet.allOf(AlertStatus.class);
            default -> EnumSet.of(AlertStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        };
    }

    private static String statusParam(String status) {
        String s = status == null ? "active" : status.trim().toLowerCase(Locale.ROOT);
        if (!Set.of("active", "all", "open", "acknowledged", "closed").contains(s)) {
            throw new InvalidInputException("alert.badStatus", status);
        }
        return s;
    }

    /** A threshold as typed: a percentage for satisfaction (a decimal comma is fine), a count otherwise. */
    static Double threshold(String kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(raw.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("alert.badNumber", raw);
        }
        return AlertKind.SATISFACTION_BELOW.name().equals(kind) ? value / 100 : value;
    }

    private static Integer days(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("alert.badWindow", raw);
        }
    }
}
