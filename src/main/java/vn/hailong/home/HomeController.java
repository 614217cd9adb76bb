package vn.hailong.home;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.calendar.CalendarDecisions;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.Agencies;

@Controller
class HomeController {

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;

    private final vn.hailong.dossier.Dossiers dossiers;
    private final vn.hailong.letter.Letters letters;

    private final CalendarDecisions calendarDecisions;
    private final ToDos todos;
    private final Clock clock;

    HomeController(
            AdministrativeUnits units,
            Agencies agencies,
            ProcedureCatalog catalog,
            vn.hailong.dossier.Dossiers dossiers,
            vn.hailong.letter.Letters letters,
            CalendarDecisions calendarDecisions,
            Clock clock,
            ToDos todos) {
        this.todos = todos;
        this.calendarDecisions = calendarDecisions;
        this.clock = clock;
        this.dossiers = dossiers;
        this.letters = letters;
        this.units = units;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    @GetMapping("/dang-nhap")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var signedIn = CurrentUser.principal();
        if (signedIn.isEmpty()) {
            return "front-door";
        }
        var user = signedIn.get();
        model.addAttribute("user", user);
        model.addAttribute("todos", todos.of(user.role()));
        if (user.role() == Role.SYSTEM_ADMIN) {
            calendarDecisions
                    .reminder(LocalDate.now(clock))
                    .ifPresent(year -> model.addAttribute("calendarReminder", year));
        }
        model.addAttribute("provinces", units.count("province", units.today()));
        model.addAttribute("communes", units.count("commune", units.today()));
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("procedures", catalog.count());
        model.addAttribute(
                "atRisk",
                dossiers.count(new vn.hailong.dossier.DossierFilter(
                        null, null, null, null, null, null, null, null, null, null, true, null, null)));
        model.addAttribute("drafts", letters.count(vn.hailong.letter.LetterStatus.DRAFT));
        return "home";
    }
}
