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
import vn.hailong.ballot.BallotMinutes;
import vn.hailong.ballot.Ballots;
import vn.hailong.ballot.SessionDetail;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.VnNumbers;
import vn.hailong.shared.web.Flash;

/**
 * The secretary's and the leader's pages: sessions due and of a month, the box registry, one session
 * (enter, check, close, move, amend) and its minutes.
 */
@Controller
class BallotPages {

    private final Ballots ballots;
    private final BallotMinutes minutes;
    private final Agencies agencies;
    private final Clock clock;

    BallotPages(Ballots ballots, BallotMinutes minutes, Agencies agencies, Clock clock) {
        this.ballots = ballots;
        this.minutes = minutes;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/hom-phieu")
    String list(
            @RequestParam(required = false) Long agency, @RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("due", ballots.due());
        model.addAttribute("sessions", ballots.sessions(agency, shown));
        model.addAttribute("boxes", ballots.boxes(agency));
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
        Flash.attempt(redirect, () -> ballots.registerBox(agencyId, deskId, location, seal, reminderEmail));
        return "redirect:/hom-phieu";
    }

    @PostMapping("/hom-phieu/hom/{id}/thu-hoi")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> ballots.retireBox(id));
        return "redirect:/hom-phieu";
    }

    @GetMapping("/hom-phieu/phien/{id}")
    String session(@PathVariable long id, Model model) {
        SessionDetail d = ballots.detail(id);
        model.addAttribute("form", TallyForm.of(d, agencies.officers(d.session().agencyId())));
        return show(d, model);
    }

    @PostMapping("/hom-phieu/phien/{id}/kiem-phieu")
    String tally(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            ballots.tally(id, TallyForm.read(params, ballots.items(id)), params.get("earlyReason"));
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
            ballots.amend(id, TallyForm.read(params, ballots.items(id)), params.get("reason"));
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
                () -> ballots.check(id, TallyForm.number(found), TallyForm.number(valid), TallyForm.number(invalid)));
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/ket-thuc")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> ballots.close(id));
        return "redirect:/hom-phieu/phien/" + id;
    }

    @PostMapping("/hom-phieu/phien/{id}/doi-ngay")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> ballots.move(id, day, reason));
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
        model.addAttribute("overdue", ballots.overdue());
        model.addAttribute("incidents", ballots.incidents());
        model.addAttribute("today", LocalDate.now(clock));
        return "ballot/province";
    }

    private String again(long id, Map<String, String> params, InvalidInputException e, Model model) {
        model.addAttribute("form", params);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return show(ballots.detail(id), model);
    }

    private String show(SessionDetail d, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("d", d);
        model.addAttribute("s", d.session());
        model.addAttribute("roles", ballots.roles(locale.getLanguage()));
        model.addAttribute("seals", ballots.seals(d.box().id()));
        model.addAttribute(
                "keyedNow",
                d.session().closed()
                        ? d.session().keyedSlips()
                        : ballots.keyedSlips(d.session().id(), null));
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
