package vn.hailong.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.organization.Agencies;
import vn.hailong.rating.Instrument;
import vn.hailong.rating.KioskDevices;
import vn.hailong.rating.RatingBulk;

/**
 * Ratings for about seven in ten returned demo dossiers, across channels, mostly satisfied, some low with
 * comments; and a counter tablet at the first desk of Hồng Gai (5 levels) and of Hạ Long (3 levels),
 * opened with /kiosk#device=kiosk-demo-honggai and /kiosk#device=kiosk-demo-halong.
 */
@Component
@Profile("demo")
@Order(7)
class RatingDemo implements DemoStep {

    private final RatingBulk ratings;
    private final KioskDevices kiosks;
    private final Agencies agencies;

    RatingDemo(RatingBulk ratings, KioskDevices kiosks, Agencies agencies) {
        this.ratings = ratings;
        this.kiosks = kiosks;
        this.agencies = agencies;
    }

    @Override
    public void load() {
        ratings.seedReturnedDossiers(0.7, 2026);
        kiosk(OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI), Instrument.FIVE_LEVEL, "kiosk-demo-honggai");
        kiosk(OrganizationDemo.agencyCode(AccountsDemo.HA_LONG), Instrument.THREE_LEVEL, "kiosk-demo-halong");
    }

    private void kiosk(String agencyCode, Instrument instrument, String secret) {
        agencies.byCode(agencyCode).ifPresent(a -> {
            long desk = agencies.desks(a.id()).get(0).id();
            kiosks.register(desk, "Máy tính bảng quầy số 1", instrument, secret);
        });
    }
}
