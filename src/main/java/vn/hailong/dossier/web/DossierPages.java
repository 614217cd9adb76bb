package vn.hailong.dossier.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.dossier.DossierCases;
import vn.hailong.dossier.DossierFilter;
import vn.hailong.dossier.DossierRatings;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.NewEvent;
import vn.hailong.dossier.Timeliness;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListQuery;
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
    private final DossierRatings ratings;
    private final DossierCases cases;

    DossierPages(
            Dossiers dossiers,
            Agencies agencies,
            ProcedureCatalog catalog,
            java.time.Clock clock,
            vn.hailong.dossier.DossierImport imports,
            DossierRatings ratings,
            DossierCases cases) {
        this.ratings = ratings;
        this.cases = cases;
        this.clock = clock;
        this.imports = imports;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    @GetMapping("/ho-so")
    String list(DossierListQuery params, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        DossierFilter filter = params.filter(now);
        ListQuery query = params.page(ListQuery.PAGE_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("now", now);
        model.addAttribute("page", dossiers.page(filter, query, Dossiers.PAGE_COUNT_CAP));
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("officers", params.agency() == null ? List.of() : agencies.officers(params.agency()));
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
        model.addAttribute("printAfter", PRINT_AFTER);
        List<DossierRatings.Rating> rated = ratings.of(dossier.code());
        List<DossierCases.Case> linked = cases.of(
                dossier.code(), rated.stream().map(DossierRatings.Rating::id).toList());
        model.addAttribute("ratings", rated);
        model.addAttribute(
                "inviteResult",
                dossier.returnedAt() != null
                        && rated.stream().noneMatch(r -> r.moment() == vn.hailong.dossier.RatingMoment.RESULT));
        model.addAttribute(
                "otherCases",
                linked.stream()
                        .filter(c -> rated.stream()
                                .noneMatch(r -> Long.valueOf(r.id()).equals(c.ratingId())))
                        .toList());
        model.addAttribute("timeline", vn.hailong.dossier.TimelineEntry.of(dossier, rated, linked));
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
        boolean saved = Flash.attempt(redirect, () -> dossiers.apply(code, event));
        String form = PRINT_AFTER.get(type.name());
        return "redirect:/ho-so/" + code + (saved && form != null ? "?in=" + form : "");
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

    /** The form printed for the citizen after an event: the supplement request (02), the extension apology (04). */
    static final java.util.Map<String, String> PRINT_AFTER =
            java.util.Map.of(EventType.SUPPLEMENT_REQUESTED.name(), "02", EventType.EXTENDED.name(), "04");

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
