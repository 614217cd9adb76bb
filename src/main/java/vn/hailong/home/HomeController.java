package vn.hailong.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hailong.access.CurrentUser;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.Agencies;

@Controller
class HomeController {

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;

    HomeController(AdministrativeUnits units, Agencies agencies, ProcedureCatalog catalog) {
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
        model.addAttribute("user", CurrentUser.principal().orElseThrow());
        model.addAttribute("provinces", units.count("province", units.today()));
        model.addAttribute("communes", units.count("commune", units.today()));
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("procedures", catalog.count());
        return "home";
    }
}
