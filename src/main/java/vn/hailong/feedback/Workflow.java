package vn.hailong.feedback;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The steps of a case at a given time: received → accepted or rejected → assigned → (information
 * requested) → answered → published → closed, reopened within a window, or spam. Each step sets the
 * deadline the agency now owes; messages to the citizen go through the outbox in the same transaction.
 */
@Component
class Workflow {

    private final FeedbackRepository cases;
    private final FeedbackDeadlines deadlines;
    private final CitizenMessages messages;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final int reopenDays;
    private final ApplicationEventPublisher events;

    Workflow(
            FeedbackRepository cases,
            FeedbackDeadlines deadlines,
            CitizenMessages messages,
            AuditLog audit,
            JdbcClient jdbc,
            FeedbackProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.deadlines = deadlines;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
        this.reopenDays = properties.reopenDays();
    }

    /** Applies an action to a case already read in the caller's scope (with contacts); returns the new status. */
    FeedbackStatus apply(
            FeedbackCase c, Map<String, String> contact, FeedbackAction action, FeedbackCommand in, LocalDateTime now) {
        String text = in == null ? null : Texts.blankToNull(in.text());
        Set<DayOfWeek> weekend = weekend(c.agencyId());
        Map<String, Object> v = new HashMap<>();
        FeedbackStatus to = switch (action) {
            case ACCEPT -> {
                require(c, FeedbackStatus.RECEIVED);
                v.put("decided_at", ts(now));
                v.put("due_at", ts(c.resolveDueAt()));
                v.put("escalation", 0);
                yield FeedbackStatus.ACCEPTED;
            }
            case REJECT -> {
                require(c, FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED);
                v.put("reject_reason", needed(text, "feedback.reasonRequired"));
                v.put("decided_at", ts(now));
                v.put("due_at", null);
                messages.send(contact.get("phone"), contact.get("email"), "rejected", c.trackingCode(), text, null);
                yield FeedbackStatus.REJECTED;
            }
            case ASSIGN -> {
                require(c, FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED);
                String officer = in == null ? null : Texts.blankToNull(in.officer());
                Long agency = in == null ? null : in.agencyId();
                if (officer == null && (agency == null || agency == c.agencyId())) {
                    throw new InvalidInputException("feedback.assigneeRequired");
                }
                if (agency != null && agency != c.agencyId()) {
                    v.put("agency_id", agency);
                }
                v.put("assigned_officer", officer);
                if (c.decidedAt() == null) {
                    v.put("decided_at", ts(now));
                }
                v.put("due_at", ts(c.resolveDueAt()));
                if (c.status() == FeedbackStatus.RECEIVED) {
                    v.put("escalation", 0);
                }
                String agencyName = agency == null
                        ? null
                        : cases.agency(agency)
                                .map(FeedbackRepository.CaseAgency::name)
                                .orElse(null);
                text = String.join(
                        " · ",
                        java.util.stream.Stream.of(agencyName, officer)
                                .filter(java.util.Objects::nonNull)
                                .toList());
                yield FeedbackStatus.ASSIGNED;
            }
            case REQUEST_INFO -> {
                require(c, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED);
                if (contact.get("phone") == null && contact.get("email") == null) {
                    throw new InvalidInputException("feedback.anonymousNoInfo");
                }
                v.put("info_request", needed(text, "feedback.requestRequired"));
                v.put("due_at", null);
                messages.send(
                        contact.get("phone"), contact.get("email"), "infoRequested", c.trackingCode(), text, null);
                yield FeedbackStatus.INFO_REQUESTED;
            }
            case ANSWER -> {
                require(c, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED, FeedbackStatus.INFO_REQUESTED);
                v.put("answer", needed(text, "feedback.answerRequired"));
                v.put("answered_at", ts(now));
                v.put("publish_due_at", ts(deadlines.publish(now, weekend)));
                v.put("due_at", null);
                v.put("satisfied", null);
                messages.send(
                        contact.get("phone"), contact.get("email"), "answered", c.trackingCode(), text, token(c.id()));
                yield FeedbackStatus.ANSWERED;
            }
            case PUBLISH -> {
                require(c, FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED);
                if (c.answeredAt() == null) {
                    throw new ConflictException("feedback.notAnswered");
                }
                // Staff may redact both texts; the originals stay in body and answer. Without the citizen's consent
                // the published versions are anonymised whatever staff typed.
                String question = text != null ? text : c.body();
                String given = in == null ? null : Texts.blankToNull(in.publicAnswer());
                String answer = given != null ? given : c.answer();
                String publicQuestion = c.publishConsent()
                        ? question
                        : Anonymiser.mask(question, contact.get("name"), contact.get("phone"), contact.get("email"));
                String publicAnswer = c.publishConsent()
                        ? answer
                        : Anonymiser.mask(answer, contact.get("name"), contact.get("phone"), contact.get("email"));
                v.put("public_text", publicQuestion);
                v.put("public_words", Topics.words(publicQuestion));
                v.put("public_answer", publicAnswer);
                v.put("published_at", ts(now));
                Map<String, Object> published = new HashMap<>();
                published.put("publicText", publicQuestion);
                published.put("publicAnswer", publicAnswer);
                published.put("questionRedacted", !publicQuestion.equals(c.body()));
                published.put("answerRedacted", !publicAnswer.equals(c.answer()));
                published.put("consent", c.publishConsent());
                audit.record("feedback_case", c.id(), "PUBLIC_VERSION", null, published);
                yield c.status() == FeedbackStatus.CLOSED ? FeedbackStatus.CLOSED : FeedbackStatus.PUBLISHED;
            }
            case CLOSE -> {
                require(c, FeedbackStatus.ANSWERED, FeedbackStatus.PUBLISHED, FeedbackStatus.REJECTED);
                v.put("closed_at", ts(now));
                yield FeedbackStatus.CLOSED;
            }
            case REOPEN -> {
                require(c, FeedbackStatus.ANSWERED, FeedbackStatus.PUBLISHED, FeedbackStatus.CLOSED);
                if (c.answeredAt() == null
                        || c.answeredAt().plusDays(reopenDays).isBefore(now)) {
                    throw new ConflictException("feedback.reopenWindow", reopenDays);
                }
                LocalDateTime due = deadlines.resolve(now, weekend);
                v.put("resolve_due_at", ts(due));
                v.put("due_at", ts(due));
                v.put("escalation", 0);
                v.put("escalated_at", null);
                v.put("closed_at", null);
                v.put("reopen_count", c.reopenCount() + 1);
                yield FeedbackStatus.ASSIGNED;
            }
            case SPAM -> {
                require(
                        c,
                        FeedbackStatus.RECEIVED,
                        FeedbackStatus.ACCEPTED,
                        FeedbackStatus.ASSIGNED,
                        FeedbackStatus.INFO_REQUESTED);
                v.put("due_at", null);
                yield FeedbackStatus.SPAM;
            }
        };
        v.put("status", to.name());
        cases.update(c.id(), v);
        cases.event(c.id(), now, CurrentUser.name(), action.name(), text);
        audit.record(
                "feedback_case",
                c.id(),
                action.name(),
                Map.of("status", c.status().name()),
                Map.of("status", to.name()));
        events.publishEvent(new FeedbackCaseChanged(c.id(), c.agencyId(), c.dossierCode()));
        return to;
    }

    /** The citizen sends the information asked for: the agency's clock runs again, extended by the days it waited. */
    void supplement(FeedbackCase c, String text, LocalDateTime now) {
        require(c, FeedbackStatus.INFO_REQUESTED);
        String info = Texts.blankToNull(text);
        if (info == null || info.length() > 2000) {
            throw new InvalidInputException("feedback.infoRequired");
        }
        Set<DayOfWeek> weekend = weekend(c.agencyId());
        LocalDateTime asked = cases.events(c.id()).stream()
                .filter(e -> e.action().equals("REQUEST_INFO"))
                .map(CaseEvent::at)
                .reduce((a, b) -> b)
                .orElse(now);
        int waited = Math.max(0, deadlines.workingDaysLeft(asked, now, weekend));
        LocalDateTime due = waited == 0 ? c.resolveDueAt() : deadlines.extend(c.resolveDueAt(), waited, weekend);
        Map<String, Object> v = new HashMap<>();
        v.put("citizen_info", info);
        v.put("resolve_due_at", ts(due));
        v.put("due_at", ts(due));
        v.put("status", FeedbackStatus.ASSIGNED.name());
        cases.update(c.id(), v);
        cases.event(c.id(), now, "citizen", "SUPPLEMENTED", null);
        audit.record("feedback_case", c.id(), "SUPPLEMENT", null, Map.of("status", FeedbackStatus.ASSIGNED.name()));
    }

    /** The citizen's verdict on the answer; "not satisfied" within the window reopens the case. */
    void rate(FeedbackCase c, boolean satisfied, LocalDateTime now) {
        if (c.answeredAt() == null
                || !(c.status() == FeedbackStatus.ANSWERED
                        || c.status() == FeedbackStatus.PUBLISHED
                        || c.status() == FeedbackStatus.CLOSED)) {
            throw new ConflictException("feedback.notAnswered");
        }
        if (c.satisfied() != null) {
            throw new ConflictException("feedback.alreadyRated");
        }
        cases.update(c.id(), Map.of("satisfied", satisfied, "satisfied_at", ts(now)));
        cases.event(c.id(), now, "citizen", satisfied ? "SATISFIED" : "NOT_SATISFIED", null);
        audit.record("feedback_case", c.id(), "CITIZEN_RATED", null, Map.of("satisfied", satisfied));
        if (!satisfied && !c.answeredAt().plusDays(reopenDays).isBefore(now)) {
            apply(c, Map.of(), FeedbackAction.REOPEN, null, now);
        }
    }

    private String token(long id) {
        return jdbc.sql("select answer_token from feedback_case where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Set<DayOfWeek> weekend(long agencyId) {
        return FeedbackDeadlines.weekend(cases.agency(agencyId)
                .map(FeedbackRepository.CaseAgency::weekend)
                .orElse(null));
    }

    private static void require(FeedbackCase c, FeedbackStatus... allowed) {
        for (FeedbackStatus s : allowed) {
            if (c.status() == s) {
                return;
            }
        }
        throw new ConflictException(
                "feedback.wrongStep", c.trackingCode(), c.status().name());
    }

    private static String needed(String text, String key) {
        if (text == null) {
            throw new InvalidInputException(key);
        }
        return text;
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    static NotFoundException notFound(Object id) {
        return new NotFoundException("feedback.notFound", id);
    }
}
