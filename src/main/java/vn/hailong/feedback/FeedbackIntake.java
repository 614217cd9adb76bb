package vn.hailong.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.dossier.Applicant;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.rating.RatingReceived;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.SearchKeys;
import vn.hailong.shared.Texts;

/**
 * Opens cases: the citizen's public form (with abuse control and attachments), staff entry of items
 * from the suggestion box, the hotline and meetings, and automatic cases from low ratings. Every case
 * gets a tracking code and the deadlines of its agency's calendar.
 */
@Service
public class FeedbackIntake {

    /** The new case's id and the tracking code the citizen keeps. */
    /** Who keys in and handles cases: staff who answer for a unit or the province (not viewers, secretaries or keys). */
    static final Role[] STAFF = {Role.SYSTEM_ADMIN, Role.PROVINCIAL_OFFICIAL, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER};

    public record Receipt(long id, String trackingCode) {}

    private final FeedbackRepository cases;
    private final FeedbackDeadlines deadlines;
    private final SubmissionGuard guard;
    private final AttachmentCheck attachments;
    private final CitizenMessages messages;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int smsPerNumberPerDay;

    private final vn.hailong.access.ScopeGuard scopeGuard;
    private final DossierLookup dossiers;

    FeedbackIntake(
            FeedbackRepository cases,
            FeedbackDeadlines deadlines,
            SubmissionGuard guard,
            AttachmentCheck attachments,
            CitizenMessages messages,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            FeedbackProperties properties,
            vn.hailong.access.ScopeGuard scopeGuard,
            DossierLookup dossiers) {
        this.scopeGuard = scopeGuard;
        this.dossiers = dossiers;
        this.events = events;
        this.smsPerNumberPerDay = properties.smsPerNumberPerDay();
        this.cases = cases;
        this.deadlines = deadlines;
        this.guard = guard;
        this.attachments = attachments;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every active agency, provincial ones first, for the public form's searchable list. */
    public List<AgencyChoice> agencies() {
        return jdbc.sql("select id, code, name from agency where active order by case kind when 'PROVINCE_PC' then 0 "
                        + "when 'SERVICE_CENTER' then 1 when 'DEPARTMENT' then 2 else 3 end, name")
                .query((rs, i) -> new AgencyChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The agency the citizen typed or picked (by code or by name, diacritics optional); empty means "I don't know". */
    public java.util.Optional<AgencyChoice> agency(String codeOrName) {
        String q = vn.hailong.shared.VietnameseText.fold(codeOrName);
        if (q.isEmpty()) {
            return java.util.Optional.empty();
        }
        return agencies().stream()
                .filter(a -> a.code().equalsIgnoreCase(q)
                        || vn.hailong.shared.VietnameseText.fold(a.name()).equals(q))
                .findFirst();
    }

    /** Whether the next submission from this address must answer the arithmetic question first. */
    public boolean challengeNeeded(String address) {
        String source = SubmissionGuard.source(address);
        return source != null
                && cases.fromSource(source, LocalDateTime.now(clock).minusHours(1)) >= guard.freeSubmissions();
    }

    /** The public form and the public API. */
    @Transactional
    public Receipt submit(NewFeedback in, List<Upload> uploads, String address, SubmissionGuard.Answer challenge) {
        LocalDateTime now = LocalDateTime.now(clock);
        NewFeedback clean = validate(in);
        if (challengeNeeded(address) && !guard.redeem(challenge)) {
            throw new InvalidInputException("feedback.challengeRequired");
        }
        List<String> types = attachments.check(uploads == null ? List.of() : uploads);
        String source = SubmissionGuard.source(address);
        String duplicate = SubmissionGuard.duplicateKey(clean.text(), clean.phone(), clean.email(), source);
        if (cases.duplicate(duplicate, now.minusDays(1))) {
            throw new ConflictException("feedback.duplicate");
        }
        Receipt receipt = open(clean, FeedbackChannel.WEB, FeedbackStatus.RECEIVED, null, source, duplicate, now);
        List<Upload> real = uploads == null
                ? List.of()
                : uploads.stream()
                        .filter(u -> u.content() != null && u.content().length > 0)
                        .toList();
        for (int i = 0; i < real.size(); i++) {
            String name = real.get(i).fileName() == null
                    ? "tep-" + (i + 1)
                    : real.get(i).fileName();
            cases.attach(
                    receipt.id(),
                    name.length() > 200 ? name.substring(name.length() - 200) : name,
                    types.get(i),
                    real.get(i).content());
        }
        return receipt;
    }

    /** An officer keys in a suggestion-box slip, a hotline call or what was said at a meeting, for an agency in scope. */
    @Transactional
    public Receipt enter(NewFeedback in, FeedbackChannel channel) {
        if (!FeedbackChannel.STAFF.contains(channel)) {
            throw new InvalidInputException("feedback.badChannel", channel);
        }
        scopeGuard.role("feedback.staffOnly", STAFF);
        NewFeedback clean = validate(in);
        if (clean.agencyId() == null || !inScope(clean.agencyId())) {
            throw new NotFoundException("feedback.unknownAgency", clean.agencyId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return open(clean, channel, FeedbackStatus.RECEIVED, null, null, null, now);
    }

    /** A low rating becomes an accepted complaint of the rated agency, with the applicant's contact from the dossier. */
    @Transactional
    public Receipt fromLowRating(RatingReceived rating) {
        Applicant applicant = rating.dossierId() == null
                ? new Applicant(null, null, null, null)
                : dossiers.applicantToAnswer(rating.dossierId()).orElseThrow();
        String text =
                rating.comment() != null ? rating.comment() : messages.caseText("feedback.lowRatingWithoutComment");
        NewFeedback in = new NewFeedback(
                FeedbackCategory.COMPLAINT,
                rating.agencyId(),
                rating.dossierCode(),
                text.length() > 4000 ? text.substring(0, 4000) : text,
                applicant.name(),
                applicant.phone(),
                applicant.email());
        return open(in, FeedbackChannel.RATING, FeedbackStatus.ACCEPTED, rating.ratingId(), null, null, rating.at());
    }

    /**
     * Opens a case received at {@code at} (in the past for the demo's history). Deadlines come from the
     * agency's calendar; the citizen with a contact gets the tracking code.
     */
    Receipt open(
            NewFeedback in,
            FeedbackChannel channel,
            FeedbackStatus status,
            Long ratingId,
            String source,
            String duplicate,
            LocalDateTime at) {
        long agency = in.agencyId() != null
                ? in.agencyId()
                : cases.provincialCommittee().orElseThrow(() -> new NotFoundException("feedback.unknownAgency", "?"));
        FeedbackRepository.CaseAgency a =
                cases.agency(agency).orElseThrow(() -> new NotFoundException("feedback.unknownAgency", agency));
        Set<DayOfWeek> weekend = FeedbackDeadlines.weekend(a.weekend());
        String code = TrackingCodes.next();
        Map<String, Object> v = new HashMap<>();
        v.put("tracking_code", code);
        v.put("category", in.category().name());
        v.put("channel", channel.name());
        v.put("status", status.name());
        v.put("agency_id", agency);
        v.put("dossier_code", Texts.blankToNull(in.dossierCode()));
        v.put("rating_id", ratingId);
        v.put("body", in.text());
        v.put("contact_name", Texts.blankToNull(in.name()));
        v.put("contact_phone", Texts.blankToNull(in.phone()));
        v.put("contact_email", Texts.blankToNull(in.email()));
        v.put("search_name", SearchKeys.name(Texts.blankToNull(in.name())));
        v.put("code_key", SearchKeys.code(code));
        v.put("phone_rev", SearchKeys.phoneReversed(in.phone()));
        v.put("publish_consent", in.consentsToPublication());
        v.put("source_hash", source);
        v.put("duplicate_key", duplicate);
        v.put("received_at", Timestamp.valueOf(at));
        LocalDateTime decide = deadlines.decide(at, weekend);
        LocalDateTime resolve = deadlines.resolve(at, weekend);
        v.put("decide_due_at", Timestamp.valueOf(decide));
        v.put("info_due_at", Timestamp.valueOf(deadlines.requestInfo(at, weekend)));
        v.put("resolve_due_at", Timestamp.valueOf(resolve));
        v.put("due_at", Timestamp.valueOf(status == FeedbackStatus.RECEIVED ? decide : resolve));
        v.put("decided_at", status == FeedbackStatus.RECEIVED ? null : Timestamp.valueOf(at));
        v.put("answer_token", TrackingCodes.token());
        long id = cases.insert(v);
        cases.event(id, at, CurrentUser.name(), "RECEIVED", channel.name());
        if (status != FeedbackStatus.RECEIVED) {
            cases.event(id, at, CurrentUser.name(), status.name(), null);
        }
        audit.record(
                "feedback_case",
                id,
                "CREATE",
                null,
                Map.of(
                        "trackingCode",
                        code,
                        "channel",
                        channel.name(),
                        "category",
                        in.category().name(),
                        "agency",
                        agency,
                        "anonymous",
                        in.anonymous()));
        if (channel != FeedbackChannel.WEB
                || Texts.blankToNull(in.email()) != null
                || Texts.blankToNull(in.phone()) == null
                || cases.webCasesWithPhone(in.phone(), at.toLocalDate().atStartOfDay()) <= smsPerNumberPerDay) {
            messages.send(in.phone(), in.email(), "received", code, null, null);
        }
        events.publishEvent(new FeedbackCaseChanged(id, agency, Texts.blankToNull(in.dossierCode())));
        return new Receipt(id, code);
    }

    private boolean inScope(long agencyId) {
        var scope = CurrentUser.scope();
        return jdbc.sql("select count(*) from agency a where a.id = :id and " + scope.predicate("a"))
                        .params(scope.parameters())
                        .param("id", agencyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static NewFeedback validate(NewFeedback in) {
        if (in == null || in.category() == null) {
            throw new InvalidInputException("feedback.categoryRequired");
        }
        String text = Texts.blankToNull(in.text());
        if (text == null || text.length() < 10 || text.length() > 4000) {
            throw new InvalidInputException("feedback.textRequired");
        }
        String phone = Texts.blankToNull(in.phone());
        if (phone != null && !phone.replaceAll("[\\s.-]", "").matches("(\\+84|0)\\d{9,10}")) {
            throw new InvalidInputException("feedback.badPhone");
        }
        String email = Texts.blankToNull(in.email());
        if (email != null && (email.length() > 160 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException("feedback.badEmail");
        }
        String name = Texts.blankToNull(in.name());
        String dossier = Texts.blankToNull(in.dossierCode());
        if ((name != null && name.length() > 120) || (dossier != null && dossier.length() > 40)) {
            throw new InvalidInputException("feedback.tooLong");
        }
        return new NewFeedback(
                in.category(),
                in.agencyId(),
                dossier,
                text,
                name,
                phone == null ? null : phone.replaceAll("[\\s.-]", ""),
                email,
                in.consentsToPublication());
    }
}
