package vn.hailong.ballot;

import java.time.Clock;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hailong.access.SystemActor;

/** Schedules this month's openings for every box and sends the reminders, once across instances. */
@Component
class BallotJobs {

    private final BallotSessions sessions;
    private final Clock clock;

    BallotJobs(BallotSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${hailong.ballot.delay:PT1H}",
            initialDelayString = "${hailong.ballot.initial-delay:PT2M}")
    @SchedulerLock(name = "ballot-sessions", lockAtMostFor = "PT10M")
    void run() {
        SystemActor.run("ballot-job", () -> {
            sessions.ensureSessions(YearMonth.now(clock));
            sessions.remind();
        });
    }
}
