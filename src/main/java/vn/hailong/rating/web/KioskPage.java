package vn.hailong.rating.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The counter kiosk's single page; it runs on its own script and keeps ratings while offline. */
@Controller
class KioskPage {

    @GetMapping("/kiosk")
    String kiosk() {
        return "kiosk/kiosk";
    }
}
