package vn.hailong.feedback;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hailong.access.SystemActor;

/** Escalates overdue cases on a schedule, once across instances. */
@Component
class FeedbackJobs {

    private final Escalation escalation;

    FeedbackJobs(Escalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(
            fixedDelayString = "${hailong.feedback.escalation-delay:PT15M}",
            initialDelayString = "${hailong.feedback.escalation-initial-delay:PT2M}")
    @SchedulerLock(name = "feedback-escalation", lockAtMostFor = "PT10M")
    void escalate() {
        SystemActor.run("feedback-job", escalation::run);
    }
}
