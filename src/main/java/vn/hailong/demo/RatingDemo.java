package vn.hailong.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.organization.Agencies;
import vn.hailong.rating.Answer;
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

    private static final String[] CHANNELS = {"QR", "QR", "QR", "QR", "KIOSK", "KIOSK", "WEB", "PAPER", "PAPER", "PAPER"
    };
    private static final String[] PRAISE = {
        "Cán bộ hướng dẫn tận tình, chu đáo.",
        "Giải quyết nhanh, trước hẹn.",
        "Thái độ phục vụ niềm nở.",
        "Thủ tục đơn giản, dễ hiểu.",
        "Cảm ơn cán bộ một cửa."
    };
    private static final String[] COMPLAINTS = {
        "Phải chờ lâu mới đến lượt.",
        "Cán bộ hướng dẫn chưa rõ, phải đi lại nhiều lần.",
        "Phòng chờ chật, thiếu ghế ngồi.",
        "Phí cao so với mong đợi.",
        "Thái độ cán bộ chưa niềm nở."
    };

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
        seedReturnedDossiers(0.7, 2026);
        kiosk(OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI), Instrument.FIVE_LEVEL, "kiosk-demo-honggai");
        kiosk(OrganizationDemo.agencyCode(AccountsDemo.HA_LONG), Instrument.THREE_LEVEL, "kiosk-demo-halong");
    }

    /**
     * Rates about {@code share} of the returned dossiers that have no rating, mostly satisfied, keyed
     * "seed-{dossier id}" so that running it again adds nothing; returns how many.
     */
    int seedReturnedDossiers(double share, long seed) {
        Random random = new Random(seed);
        List<RatingBulk.Seeded> seeded = new ArrayList<>();
        for (RatingBulk.Unrated d : ratings.returnedWithoutRating()) {
            if (random.nextDouble() >= share) {
                continue;
            }
            int mood = random.nextInt(100);
            int base = mood < 78 ? 5 : mood < 94 ? 4 : mood < 97 ? 3 : mood < 99 ? 2 : 1;
            int other = Math.max(1, Math.min(5, base + (random.nextInt(5) == 0 ? -1 : 0)));
            String comment = random.nextInt(8) == 0
                    ? (base <= 3 ? COMPLAINTS : PRAISE)[random.nextInt(5)]
                    : base <= 2 ? COMPLAINTS[random.nextInt(5)] : null;
            LocalDateTime at = d.returnedAt().plusMinutes(2 + random.nextInt(60 * 24));
            seeded.add(new RatingBulk.Seeded(
                    "seed-" + d.id(),
                    d,
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    comment,
                    Math.min(base, other) <= 2,
                    at,
                    List.of(new Answer("RESULT", base), new Answer("CONDUCT", other))));
        }
        return ratings.store(seeded);
    }

    private void kiosk(String agencyCode, Instrument instrument, String secret) {
        agencies.byCode(agencyCode).ifPresent(a -> {
            long desk = agencies.desks(a.id()).get(0).id();
            kiosks.register(desk, "Máy tính bảng quầy số 1", instrument, secret);
        });
    }
}
