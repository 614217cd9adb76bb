package vn.hailong.rating.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hailong.shared.HaiLongProperties;

/** The counter kiosk's single page; it runs on its own script and keeps ratings while offline. */
@Controller
class KioskPage {

    private final String zone;

    KioskPage(HaiLongProperties properties) {
        this.zone = properties.zone().getId();
    }

    /** {@code zone}: the tablet stamps an offline rating with the time there, whatever zone the tablet itself is set to. */
    @GetMapping("/kiosk")
    String kiosk(Model model) {
        model.addAttribute("zone", zone);
        return "kiosk/kiosk";
    }
}
