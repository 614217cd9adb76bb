package vn.hailong.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;

/**
 * Overdue cases go up: first to the unit's leaders, then (a few working days later, still overdue) to
 * the province's officials, each told by e-mail through the outbox. The case page shows the level.
 */
@Service
class Escalation {

    private final FeedbackRepository cases;
    private final FeedbackDeadlines deadlines;
    private final CitizenMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    Escalation(
            FeedbackRepository cases,
            FeedbackDeadlines deadlines,
            CitizenMessages messages,
            AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Escalates what is due now; returns how many cases went up a level. */
    @Transactional
    public int run() {
        return run(LocalDateTime.now(clock));
    }

    int run(LocalDateTime now) {
        int raised = 0;
        for (FeedbackCase c : cases.overdueToEscalate(now)) {
            int level;
            if (c.escalation() == 0) {
                level = 1;
            } else {
                LocalDateTime told = cases.escalatedAt(c.id()).orElse(c.dueAt());
                var weekend = FeedbackDeadlines.weekend(cases.agency(c.agencyId())
                        .map(FeedbackRepository.CaseAgency::weekend)
                        .orElse(null));
                if (told != null && deadlines.escalateProvince(told, weekend).isAfter(now)) {
                    continue;
                }
                level = 2;
            }
            raise(c, level, now);
            raised++;
        }
        return raised;
    }

    /** Raises one case to a level (1 = unit leaders, 2 = province) at a time, telling them by e-mail. */
    void raise(FeedbackCase c, int level, LocalDateTime now) {
        cases.update(c.id(), Map.of("escalation", level, "escalated_at", Timestamp.valueOf(now)));
        cases.event(c.id(), now, "system", level == 1 ? "ESCALATED_LEADER" : "ESCALATED_PROVINCE", null);
        audit.record("feedback_case", c.id(), "ESCALATE", Map.of("level", c.escalation()), Map.of("level", level));
        for (String email : cases.escalationRecipients(c.agencyId(), level)) {
            messages.staff(email, c.trackingCode(), c.agencyName(), level, c.id());
        }
    }
}
