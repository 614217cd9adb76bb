package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.hailong.shared.TooManyRequestsException;

/** A kiosk may send a burst (its offline queue) and then one rating per minimum interval. */
class KioskThrottleTest {

    @Test
    void burstThenRetryAfter() {
        KioskThrottle throttle = new KioskThrottle(5, 3);
        throttle.take(1);
        throttle.take(1);
        throttle.take(1);
        assertThatThrownBy(() -> throttle.take(1))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isBetween(1L, 5L));
        throttle.take(2);
    }
}
