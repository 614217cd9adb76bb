package vn.hailong.letter;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hailong.access.SystemActor;
import vn.hailong.dossier.DossierSettings;

/** Proposes apology drafts and life-event letters on a schedule, once across instances. */
@Component
class LetterJobs {

    private final Letters letters;
    private final Clock clock;
    private final int horizon;

    LetterJobs(Letters letters, Clock clock, DossierSettings settings) {
        this.letters = letters;
        this.clock = clock;
        this.horizon = settings.atRiskDays();
    }

    @Scheduled(
            fixedDelayString = "${hailong.letters.delay:PT10M}",
            initialDelayString = "${hailong.letters.initial-delay:PT1M}")
    @SchedulerLock(name = "letter-proposals", lockAtMostFor = "PT10M")
    void propose() {
        SystemActor.run("letter-job", () -> {
            letters.proposeApologies(horizon);
            letters.proposeLifeEventLetters(LocalDate.now(clock).minusDays(60));
        });
    }
}
