package vn.hailong.rating.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.hailong.rating.Instrument;
import vn.hailong.rating.KioskDevices;
import vn.hailong.shared.pdf.QrCode;
import vn.hailong.shared.web.Flash;

/** Administrators register counter tablets to desks (the secret is shown once) and revoke them. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL','UNIT_LEADER')")
class KioskDevicePages {

    private final KioskDevices kiosks;

    KioskDevicePages(KioskDevices kiosks) {
        this.kiosks = kiosks;
    }

    @GetMapping("/quan-tri/thiet-bi")
    String list(Model model) {
        model.addAttribute("devices", kiosks.list());
        model.addAttribute("desks", kiosks.desks());
        model.addAttribute("instruments", Instrument.values());
        if (model.getAttribute("kioskSecret") instanceof String secret) {
            String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/kiosk")
                            .build()
                            .toUriString() + "#device=" + secret;
            model.addAttribute("link", link);
            model.addAttribute("qr", QrCode.pngDataUri(link, 220));
        }
        return "rating/kiosk-devices";
    }

    @PostMapping("/quan-tri/thiet-bi")
    String register(
            @RequestParam(required = false) Long deskId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Instrument instrument,
            RedirectAttributes redirect) {
        Flash.attempt(
                redirect,
                () -> redirect.addFlashAttribute(
                        "kioskSecret", kiosks.register(deskId, name, instrument).secret()));
        return "redirect:/quan-tri/thiet-bi";
    }

    @PostMapping("/quan-tri/thiet-bi/{id}/thu-hoi")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        Flash.attempt(redirect, () -> kiosks.revoke(id));
        return "redirect:/quan-tri/thiet-bi";
    }
}
