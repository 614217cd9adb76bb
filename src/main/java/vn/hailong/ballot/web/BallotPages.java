package vn.hailong.ballot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.ballot.BallotBoxes;
import vn.hailong.ballot.BallotMinutes;
import vn.hailong.ballot.BallotSessions;
import vn.hailong.ballot.SessionDetail;
import vn.hailong.ballot.SessionFilter;
import vn.hailong.ballot.SessionStatus;
import vn.hailong.ballot.TallyEntry;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.web.Flash;

/**
 * The secretary's and the leader's pages: sessions due and of a month, the box registry, one session
 * (enter, check, close, move, amend) and its minutes.
 */
@Controller
class BallotPages {

    private final BallotBoxes boxes;
    private final BallotSessions sessions;
    private final TallyEntry tallies;
    private final BallotMinutes minutes;
    private final Agencies agencies;
    private final Clock clock;

    BallotPages(
            BallotBoxes boxes,
            BallotSessions sessions,
            TallyEntry tallies,
            BallotMinutes minutes,
            Agencies agencies,
            Clock clock) {
        this.boxes = boxes;
        this.sessions = sessions;
        this.tallies = tallies;
        this.minutes = minutes;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * The openings due, the list of openings (by unit, desk, state, month (this month unless {@code month} is given;
     * blank: every month) and overdue, sorted by date or unit, keyset pages with the total) and the boxes.
     */
    @GetMapping("/hom-phieu")
    String list(SessionListQuery params, ListParams paging, Model model) {
        YearMonth shown = params.month(YearMonth.now(clock));
        SessionFilter filter = params.filter(shown);
        ListQuery query = paging.page(ListQuery.PAGE_LIMIT);
        YearMonth around = shown == null ? YearMonth.now(clock) : shown;
        model.addAttribute("month", shown);
        model.addAttribute("previous", around.minusMonths(1));
        model.addAttribute("next", around.plusMonths(1));
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("due", sessions.due());
        model.addAttribute("page", sessions.page(filter, query, BallotSessions.PAGE_COUNT_CAP));
        model.addAttribute("statuses", SessionStatus.values());
        var allBoxes = boxes.boxes(filter.agency());
        model.addAttribute("boxes", allBoxes);
        model.addAttribute("desks", SessionListQuery.desks(allBoxes));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("n", (java.util.function.Function<Integer, String>) VnNumbers::number);
        model.addAttribute("pct", (java.util.function.Function<Double, String>) VnNumbers::percent);
        return "ballot/list";
    }

    @PostMapping("/hom-phieu/hom")
    String register(
            @RequestParam long agencyId,
            @RequestParam(required = false) Long deskId,
            @RequestParam String location,
            @RequestParam String seal,
            @RequestParam(required = false) String reminderEmail,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> boxes.registerBox(agencyId, deskId, location, seal, reminderEmail));
        return "redirect:/hom-phieu";
    }

    @PostMapping("/hom-phieu/hom/{id}/thu-hoi")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> boxes.retireBox(id));
        return "redirect:/hom-phieu";
    }

    @GetMapping("/hom-phieu/phien/{id}")
    String session(@PathVariable long id, Model model) {
        SessionDetail d = sessions.detail(id);
        model.addAttribute("form", TallyForm.of(d, agencies.officers(d.session().agencyId())));
        return show(d, model);
    }

    @PostMapping("/hom-phieu/phien/{id}/kiem-phieu")
    String tally(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            tallies.tally(id, TallyForm.read(params, sessions.items(id)), params.get("earlyReason"));
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            return again(id, params, e, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/sua-doi")
    String amend(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            tallies.amend(id, TallyForm.read(params, sessions.items(id)), params.get("reason"));
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            model.addAttribute("amending", true);
            return again(id, params, e, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/doi-chieu")
    String check(
            @PathVariable long id,
            @RequestParam(required = false) String found,
            @RequestParam(required = false) String valid,
            @RequestParam(required = false) String invalid,
            RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> tallies.check(id, TallyForm.number(found), TallyForm.number(valid), TallyForm.number(invalid)));
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/ket-thuc")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> tallies.close(id));
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/doi-ngay")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> sessions.move(id, day, reason));
        return "redirect:/hom-phieu/phien/" + id;
    }

    @GetMapping("/hom-phieu/phien/{id}/bien-ban.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"bien-ban-mo-hom-phieu-" + id + ".pdf\"")
                .body(minutes.render(id));
    }

    @GetMapping("/hom-phieu/tinh")
    String province(Model model) {
        model.addAttribute("overdue", sessions.overdue());
        model.addAttribute("incidents", sessions.incidents());
        model.addAttribute("today", LocalDate.now(clock));
        return "ballot/province";
    }

    private String again(long id, Map<String, String> params, InvalidInputException e, Model model) {
        model.addAttribute("form", params);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return show(sessions.detail(id), model);
    }

    private String show(SessionDetail d, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("d", d);
        model.addAttribute("s", d.session());
        model.addAttribute("roles", boxes.roles(locale.getLanguage()));
        model.addAttribute("seals", boxes.seals(d.box().id()));
        model.addAttribute(
                "keyedNow",
                d.session().closed()
                        ? d.session().keyedSlips()
                        : tallies.keyedSlips(d.session().id(), null));
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.range(0, TallyForm.MEMBER_ROWS)
                        .boxed()
                        .toList());
        model.addAttribute("levels", java.util.List.of(5, 4, 3, 2, 1));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("n", (java.util.function.Function<Integer, String>) VnNumbers::number);
        model.addAttribute("pct", (java.util.function.Function<Double, String>) VnNumbers::percent);
        return "ballot/session";
    }
}
