package vn.hailong.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.hailong.calendar.CalendarDecisions;
import vn.hailong.calendar.CalendarOverrides;
import vn.hailong.calendar.DecidedDay;
import vn.hailong.calendar.DecisionEntry;
import vn.hailong.calendar.Holiday;
import vn.hailong.calendar.HolidayKind;
import vn.hailong.calendar.LunarCalendar;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.shared.InvalidInputException;

/** The working calendar of a year: twelve months, holidays marked, overrides listed and edited. */
@Controller
class CalendarPages {

    /** One cell of a month grid. */
    record Cell(LocalDate date, boolean working, HolidayKind kind, String name, String lunar) {}

    /** A special day with its name in the user's language. */
    record Day(LocalDate date, String name, HolidayKind kind) {}

    private final WorkingCalendar calendar;
    private final CalendarOverrides overrides;
    private final CalendarDecisions decisions;
    private final DecisionEntry entry;
    private final org.springframework.context.MessageSource messages;

    private final java.time.Clock clock;

    CalendarPages(
            WorkingCalendar calendar,
            CalendarOverrides overrides,
            CalendarDecisions decisions,
            DecisionEntry entry,
            org.springframework.context.MessageSource messages,
            java.time.Clock clock) {
        this.entry = entry;
        this.decisions = decisions;
        this.clock = clock;
        this.calendar = calendar;
        this.overrides = overrides;
        this.messages = messages;
    }

    @GetMapping("/lich")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1902 || y > 2090) {
            throw new InvalidInputException("calendar.badYear", y);
        }
        List<Holiday> holidays = calendar.holidays(y, WorkingCalendar.DEFAULT_WEEKEND);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<Day> named = holidays.stream()
                .map(h -> new Day(h.date(), messages.getMessage(h.nameKey(), null, h.nameKey(), locale), h.kind()))
                .toList();
        Map<LocalDate, Day> byDay = named.stream().collect(Collectors.toMap(Day::date, Function.identity()));
        List<List<Cell>> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(y, m);
            List<Cell> cells = new ArrayList<>();
            for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
                cells.add(null);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                var lunar = LunarCalendar.toLunar(day);
                Day special = byDay.get(day);
                cells.add(new Cell(
                        day,
                        calendar.isWorkingDay(day, WorkingCalendar.DEFAULT_WEEKEND),
                        special == null ? null : special.kind(),
                        special == null ? "" : special.name(),
                        lunar.day() + "/" + lunar.month() + (lunar.leap() ? "n" : "")));
            }
            months.add(cells);
        }
        model.addAttribute("year", y);
        model.addAttribute("months", months);
        model.addAttribute("holidays", named);
        model.addAttribute("overrides", overrides.year(y));
        model.addAttribute("provisional", decisions.isProvisional(y));
        model.addAttribute("decisions", decisions.year(y));
        model.addAttribute("kinds", List.of(HolidayKind.EXTRA_DAY_OFF, HolidayKind.WORKING_SWAP, HolidayKind.HOLIDAY));
        return "calendar/year";
    }

    /** One day entered in the form: shown with what it would move, before it is stored. */
    @PostMapping("/lich/dieu-chinh")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String add(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) HolidayKind kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String source,
            Model model,
            RedirectAttributes redirect) {
        try {
            return preview(entry.preview(new DecidedDay(day, kind, name, source)), model);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return "redirect:/lich?year=" + (day == null ? LocalDate.now(clock).getYear() : day.getYear());
        }
    }

    /** A decision's file (date,kind,name,source): shown with what it would move, before it is stored. */
    @PostMapping("/lich/quyet-dinh")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String importDecision(@RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        return preview(entry.preview(file.getOriginalFilename(), file.getInputStream()), model);
    }

    /** Stores the previewed decision and moves the due dates and openings it changes. */
    @PostMapping("/lich/quyet-dinh/ap-dung")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String applyDecision(@RequestParam String days, RedirectAttributes redirect) {
        DecisionEntry.Proposal applied = entry.apply(entry.fromCsv(days).days());
        redirect.addFlashAttribute(
                "applied",
                java.util.List.of(
                        applied.report().imported(),
                        applied.report().unchanged(),
                        applied.changes().size()));
        return "redirect:/lich?year=" + applied.days().get(0).day().getYear();
    }

    private String preview(DecisionEntry.Proposal proposal, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("days", DecisionEntry.csv(proposal.days()));
        return "calendar/decision";
    }

    @PostMapping("/lich/dieu-chinh/{id}/xoa")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String remove(@PathVariable long id, @RequestParam int year) {
        overrides.remove(id);
        return "redirect:/lich?year=" + year;
    }
}
