package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.ballot.BallotBulk;

/**
 * A ballot box at every commune's one-stop centre with twelve closed monthly openings that agree with
 * the demo dossiers and paper slips, one broken seal (Phường Hạ Long, five months ago), one amended
 * minutes (Phường Hồng Gai, last month), and this month's opening due.
 */
@Component
@Profile("demo")
@Order(20)
class BallotDemo implements DemoStep {

    private final BallotBulk ballots;
    private final Clock clock;

    BallotDemo(BallotBulk ballots, Clock clock) {
        this.ballots = ballots;
        this.clock = clock;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BallotDemo.class);

    @Override
    public void load() {
        long started = System.nanoTime();
        int sessions = ballots.seed(
                LocalDate.now(clock),
                new BallotBulk.Options(
                        OrganizationDemo.PROVINCE,
                        12,
                        OrganizationDemo.agencyCode(AccountsDemo.HA_LONG),
                        5,
                        OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI),
                        "honggai.lanhdao"),
                2026);
        log.info("Demo ballot boxes: {} sessions in {} ms", sessions, (System.nanoTime() - started) / 1_000_000);
    }
}
