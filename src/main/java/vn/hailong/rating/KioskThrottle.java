package vn.hailong.rating;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hailong.shared.TooManyRequestsException;

/**
 * Ratings per kiosk: one per minimum interval on average, with a burst so that a queue kept while the
 * tablet was offline can be sent when the network returns (past the burst: 429 and Retry-After; the
 * kiosk keeps the rest and tries again).
 */
@Component
class KioskThrottle {

    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(50_000)
            .build();
    private final int minIntervalSeconds;
    private final int burst;

    @Autowired
    KioskThrottle(KioskProperties properties) {
        this(properties.minIntervalSeconds(), properties.burst());
    }

    KioskThrottle(int minIntervalSeconds, int burst) {
        this.minIntervalSeconds = Math.max(1, minIntervalSeconds);
        this.burst = Math.max(1, burst);
    }

    void take(long deviceId) {
        Bucket bucket = buckets.get(
                deviceId,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(burst)
                                .refillGreedy(1, Duration.ofSeconds(minIntervalSeconds))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(
                    Math.max(
                            1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()),
                    "kiosk.tooFast");
        }
    }
}
