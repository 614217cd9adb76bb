package vn.hailong.dossier.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierRow;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.NewEvent;
import vn.hailong.dossier.Overdue;
import vn.hailong.dossier.Timeliness;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.Texts;
import vn.hailong.shared.web.Flash;

/** The dossier list with its filters, and the dossier page with its timeline and the officer's actions. */
@Controller
class DossierPages {

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;

    private final java.time.Clock clock;
    private final vn.hailong.dossier.DossierImport imports;

    DossierPages(
            Dossiers dossiers,
            Agencies agencies,
            ProcedureCatalog catalog,
            java.time.Clock clock,
            vn.hailong.dossier.DossierImport imports) {
        this.clock = clock;
        this.imports = imports;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    @GetMapping("/ho-so")
    String list(
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) Timeliness timeliness,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) Long officer,
            @RequestParam(required = false) Long handledBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedTo,
            @RequestParam(required = false) Boolean atRisk,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        DossierFilter filter = new DossierFilter(
                agency,
                status,
                timeliness,
                Texts.blankToNull(procedure),
                officer,
                handledBy,
                from,
                to,
                resolvedFrom,
                resolvedTo,
                atRisk,
                500,
                Boolean.TRUE.equals(overdue) ? now : null);
        List<DossierRow> rows = dossiers.list(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("now", now);
        model.addAttribute(
                "counts",
                rows.stream()
                        .collect(Collectors.groupingBy(
                                r -> Overdue.progress(r.status(), r.timeliness(), r.dueAt(), now),
                                Collectors.counting())));
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("officers", agency == null ? List.of() : agencies.officers(agency));
        model.addAttribute("procedures", catalog.search(null, ""));
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("timelinessValues", Timeliness.values());
        return "dossier/list";
    }

    @GetMapping("/ho-so/{code}")
    String page(@PathVariable String code, Model model) {
        var dossier = dossiers.get(code);
        model.addAttribute("d", dossier);
        model.addAttribute("eventId", UUID.randomUUID().toString());
        model.addAttribute("now", LocalDateTime.now(clock).withSecond(0).withNano(0));
        model.addAttribute("officers", agencies.officers(dossier.agencyId()));
        model.addAttribute("actions", actions(dossier.status()));
        return "dossier/page";
    }

    @PostMapping("/ho-so/{code}/su-kien")
    String event(
            @PathVariable String code,
            @RequestParam String eventId,
            @RequestParam EventType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            @RequestParam(required = false) Long officerId,
            @RequestParam(required = false) Integer allottedDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime newDueAt,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        NewEvent event =
                new NewEvent(eventId, type, at, null, officerId, allottedDays, newDueAt, Texts.blankToNull(note));
        Flash.attempt(redirect, () -> dossiers.apply(code, event));
        return "redirect:/ho-so/" + code;
    }

    @PostMapping("/ho-so/nhap")
    String importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model)
            throws java.io.IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        model.addAttribute("report", imports.importFile(file.getOriginalFilename(), file.getInputStream()));
        model.addAttribute("back", "/ho-so");
        return "import-report";
    }

    /** The events an officer can record next, in the order of the usual path. */
    static List<EventType> actions(DossierStatus status) {
        List<EventType> all = switch (status) {
            case RECEIVED, PROCESSING ->
                List.of(
                        EventType.HANDED_OVER,
                        EventType.RESOLVED,
                        EventType.SUPPLEMENT_REQUESTED,
                        EventType.AWAITING_PAYMENT,
                        EventType.EXTENDED,
                        EventType.REFUSED,
                        EventType.WITHDRAWN,
                        EventType.STOPPED);
            case SUPPLEMENT_REQUESTED ->
                List.of(
                        EventType.SUPPLEMENT_RECEIVED,
                        EventType.EXTENDED,
                        EventType.WITHDRAWN,
                        EventType.REFUSED,
                        EventType.STOPPED);
            case AWAITING_PAYMENT ->
                List.of(
                        EventType.PAYMENT_RECEIVED,
                        EventType.RESOLVED,
                        EventType.EXTENDED,
                        EventType.WITHDRAWN,
                        EventType.STOPPED);
            case RESOLVED -> List.of(EventType.RETURNED);
            default -> List.of();
        };
        List<EventType> allowed = new ArrayList<>(all);
        if (status == DossierStatus.RECEIVED) {
            allowed.remove(EventType.STOPPED);
        }
        return allowed;
    }
}
