package vn.hailong.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.rating.KioskConfig;
import vn.hailong.rating.KioskDevices;
import vn.hailong.rating.Ratings;

/** What a registered counter kiosk asks, with its device token in the X-Device-Token header. */
@RestController
@Tag(name = "Kiosk", description = "Counter tablets registered to a desk; device token in X-Device-Token")
class KioskApi {

    private final KioskDevices kiosks;
    private final Ratings ratings;
    private final Clock clock;

    KioskApi(KioskDevices kiosks, Ratings ratings, Clock clock) {
        this.kiosks = kiosks;
        this.ratings = ratings;
        this.clock = clock;
    }

    @GetMapping("/api/v1/kiosk/config")
    @Operation(summary = "The kiosk's desk, officers on duty, counter form and timings")
    KioskConfig config(
            @RequestHeader(name = "X-Device-Token", required = false) String device, HttpServletResponse response) {
        // the application's time, so that a tablet with a wrong clock still stamps offline ratings right
        response.setHeader("X-Server-Time", Long.toString(clock.millis()));
        return kiosks.config(device, LocaleContextHolder.getLocale().getLanguage());
    }

    @GetMapping("/api/v1/kiosk/target")
    @Operation(
            summary =
                    "Checks a scanned receipt token, or a typed dossier code with the last 4 digits of the applicant's phone, "
                            + "at this kiosk's agency (404 elsewhere or if the digits do not match, 409 if rated)")
    Ratings.KioskTarget target(
            @RequestHeader(name = "X-Device-Token", required = false) String device,
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String phone) {
        return ratings.kioskTarget(device, token, code, phone);
    }
}
