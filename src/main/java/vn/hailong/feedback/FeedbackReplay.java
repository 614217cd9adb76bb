package vn.hailong.feedback;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.hailong.access.AgencyScope;

/**
 * The feedback module's side of the demo's history (the story itself, with its texts and chances, is
 * {@code vn.hailong.demo.FeedbackHistory}): opens cases at a past instant and walks them through the same
 * workflow, escalation and citizen's rating as the pages do, with nothing queued for citizens.
 */
@Component
@Profile("demo")
public class FeedbackReplay {

    /** A low rating without a case: the rating, its agency, comment, time and dossier code (if any). */
    public record LowRating(long id, long agencyId, String comment, LocalDateTime createdAt, String dossierCode) {}

    private final FeedbackIntake intake;
    private final Workflow workflow;
    private final Escalation escalation;
    private final FeedbackRepository cases;

    FeedbackReplay(FeedbackIntake intake, Workflow workflow, Escalation escalation, FeedbackRepository cases) {
        this.intake = intake;
        this.workflow = workflow;
        this.escalation = escalation;
        this.cases = cases;
    }

    /** Runs {@code work} without queueing e-mails or text messages to citizens (the past is not told again). */
    public <T> T quietly(Supplier<T> work) {
        List<T> result = new java.util.ArrayList<>(1);
        CitizenMessages.quietly(() -> result.add(work.get()));
        return result.get(0);
    }

    public List<LowRating> lowRatingsWithoutCase(LocalDateTime since) {
        return cases.lowRatingsWithoutCase(since);
    }

    /** Opens a case received at {@code at}; {@code ratingId} ties it to the low rating it comes from. */
    public long open(NewFeedback in, FeedbackChannel channel, FeedbackStatus status, Long ratingId, LocalDateTime at) {
        return intake.open(in, channel, status, ratingId, null, null, at).id();
    }

    /** A case as staff see it at {@code now}, with the citizen's contact. */
    public FeedbackCase find(long id, LocalDateTime now) {
        return cases.find(AgencyScope.EVERYTHING, id, true, now).orElseThrow();
    }

    /** Applies a staff action to the case as it stood at {@code at}. */
    public void act(long id, FeedbackAction action, FeedbackCommand in, LocalDateTime at) {
        FeedbackCase c = find(id, at);
        Map<String, String> contact = new HashMap<>();
        contact.put("name", c.contactName());
        contact.put("phone", c.contactPhone());
        contact.put("email", c.contactEmail());
        workflow.apply(c, contact, action, in, at);
    }

    /** Escalates the case to {@code level} (1: the unit's leaders, 2: the province) at {@code at}. */
    public void escalate(FeedbackCase c, int level, LocalDateTime at) {
        escalation.raise(c, level, at);
    }

    /** The citizen's rating of the answer. */
    public void rate(FeedbackCase c, boolean satisfied, LocalDateTime at) {
        workflow.rate(c, satisfied, at);
    }
}
