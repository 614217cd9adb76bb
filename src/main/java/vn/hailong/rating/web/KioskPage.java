package vn.hailong.rating.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The counter kiosk's single page; it runs on its own script and keeps ratings while offline. */
@Controller
class KioskPage {

    private final String zone;

    KioskPage(@Value("${hailong.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.zone = zone;
    }

    /** {@code zone}: the tablet stamps an offline rating with the time there, whatever zone the tablet itself is set to. */
    @GetMapping("/kiosk")
    String kiosk(Model model) {
        model.addAttribute("zone", zone);
        return "kiosk/kiosk";
    }
}
