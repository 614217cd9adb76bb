package vn.hailong.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.calendar.AgencyOverride;
import vn.hailong.calendar.AgencyOverrides;
import vn.hailong.calendar.DateChange;
import vn.hailong.calendar.HolidayKind;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** The days an agency keeps apart from the national calendar: listed, entered and removed within the caller's scope. */
@Controller
class AgencyCalendarPages {

    private final AgencyOverrides overrides;
    private final Agencies agencies;
    private final Clock clock;

    AgencyCalendarPages(AgencyOverrides overrides, Agencies agencies, Clock clock) {
        this.overrides = overrides;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/lich/co-quan")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'PROVINCIAL_OFFICIAL', 'UNIT_LEADER')")
    String page(
            @RequestParam(required = false) Long agency, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1902 || y > 2090) {
            throw new InvalidInputException("calendar.badYear", y);
        }
        List<Agency> visible = agencies.visible(null);
        Agency chosen = agency != null ? agencies.get(agency) : visible.isEmpty() ? null : visible.get(0);
        model.addAttribute("year", y);
        model.addAttribute("agencies", visible);
        model.addAttribute("agency", chosen);
        model.addAttribute("days", chosen == null ? List.<AgencyOverride>of() : overrides.year(chosen.id(), y));
        model.addAttribute("kinds", overrides.kinds());
        return "calendar/agency";
    }

    @PostMapping("/lich/co-quan/{agencyId}/ngay")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'PROVINCIAL_OFFICIAL', 'UNIT_LEADER')")
    String add(
            @PathVariable long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) HolidayKind kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String source,
            RedirectAttributes redirect) {
        int year = day == null ? LocalDate.now(clock).getYear() : day.getYear();
        try {
            moved(redirect, overrides.add(agencyId, day, kind, name, source));
        } catch (NotFoundException | ForbiddenException e) {
            throw e; // outside the caller's scope or role: refused, not shown as a typing error
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            redirect.addFlashAttribute("typed", new String[] {name, source, day == null ? "" : day.toString()});
        }
        return "redirect:/lich/co-quan?agency=" + agencyId + "&year=" + year;
    }

    @PostMapping("/lich/co-quan/ngay/{id}/xoa")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'PROVINCIAL_OFFICIAL', 'UNIT_LEADER')")
    String remove(
            @PathVariable long id,
            @RequestParam long agency,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        moved(redirect, overrides.remove(id));
        return "redirect:/lich/co-quan?agency=" + agency + (year == null ? "" : "&year=" + year);
    }

    /** A moved date as the flash attribute carries it (the session is stored, so it must be serializable). */
    record Moved(String subject, String reference, java.time.LocalDateTime before, java.time.LocalDateTime after)
            implements java.io.Serializable {}

    private static void moved(RedirectAttributes redirect, List<DateChange> changes) {
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute(
                "moved",
                new java.util.ArrayList<>(changes.stream()
                        .map(c -> new Moved(c.subject(), c.reference(), c.before(), c.after()))
                        .toList()));
    }
}
