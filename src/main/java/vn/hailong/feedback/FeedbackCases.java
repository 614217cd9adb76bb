package vn.hailong.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Cases after intake: the scoped list and page with their clocks, the staff's actions, the citizen's
 * status page by tracking code (never personal data), the citizen's verdict on the answer, and the
 * published answers.
 */
@Service
public class FeedbackCases {

    private final FeedbackRepository cases;
    private final Workflow workflow;
    private final FeedbackDeadlines deadlines;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final vn.hailong.access.ScopeGuard guard;
    private final Topics topics;

    FeedbackCases(
            FeedbackRepository cases,
            Topics topics,
            Workflow workflow,
            FeedbackDeadlines deadlines,
            JdbcClient jdbc,
            Clock clock,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.topics = topics;
        this.cases = cases;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Cases of the agencies the caller may see, newest first (at most 500). */
    /**
     * Every case of the agency (in the caller's scope) that one of the ratings opened, or that was assigned to the
     * officer (by full name) and received in [from, to): an officer's scorecard, uncapped.
     */
    public List<FeedbackCase> involving(
            long agency, java.util.Collection<Long> ratingIds, String officer, LocalDateTime from, LocalDateTime to) {
        return cases.involving(CurrentUser.scope(), agency, ratingIds, officer, from, to, personal(), now());
    }

    /** Pages count at most this many matches ("hơn 1.000 kết quả"); the API counts them all. */
    public static final long PAGE_COUNT_CAP = 1_000;

    /**
     * One page of the caller's cases that pass the filter and match the query's search text (tracking code, and for
     * those who may read personal data the sender's name and phone digits; see {@link vn.hailong.shared.ListSearch});
     * {@code countCap} bounds the total (null: exact).
     */
    public vn.hailong.shared.ListPage<FeedbackCase> page(
            FeedbackFilter filter, vn.hailong.shared.ListQuery query, Long countCap) {
        boolean personal = personal();
        return cases.page(
                CurrentUser.scope(),
                filter,
                vn.hailong.shared.ListSearch.of(query.search(), personal),
                query,
                personal,
                now(),
                countCap);
    }

    /** How many cases are in each status (and "OVERDUE"), in scope. */
    /** The case events (status changes) the caller may see recorded after the event {@code afterId}, in id order. */
    public List<vn.hailong.shared.Change> changesAfter(long afterId, int limit) {
        return cases.changes(CurrentUser.scope(), afterId, limit);
    }

    public Map<String, Long> counts() {
        return cases.counts(CurrentUser.scope(), now());
    }

    /** Handling figures (answered, on time, citizens' verdicts) of cases received from {@code from} to {@code to} inclusive, in scope. */
    public FeedbackRates rates(java.time.LocalDate from, java.time.LocalDate to, Long agency) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("rating.badPeriod");
        }
        return cases.rates(
                CurrentUser.scope(), agency, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /**
     * Handling figures per agency code of a province's cases received from {@code from} to {@code to} inclusive,
     * for the public scorecard (counts only, nothing personal; the province is the scope).
     */
    public Map<String, FeedbackRates> publicRates(String province, java.time.LocalDate from, java.time.LocalDate to) {
        return cases.ratesByAgency(
                AgencyScope.province(province),
                from.atStartOfDay(),
                to.plusDays(1).atStartOfDay());
    }

    /** Handling figures per agency code of the cases received from {@code from} to {@code to} inclusive, in scope. */
    public Map<String, FeedbackRates> ratesByAgency(java.time.LocalDate from, java.time.LocalDate to) {
        return cases.ratesByAgency(
                CurrentUser.scope(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** Cases of an agency past their date and not yet answered (what an alert rule watches; system use). */
    public long overdue(long agencyId) {
        return cases.overdue(agencyId, now());
    }

    public FeedbackCase get(long id) {
        return cases.find(CurrentUser.scope(), id, personal(), now()).orElseThrow(() -> Workflow.notFound(id));
    }

    public List<CaseEvent> events(long id) {
        get(id);
        return cases.events(id);
    }

    public List<Attachment> attachments(long id) {
        get(id);
        return cases.attachments(id);
    }

    public Attachment attachment(long id, long attachmentId) {
        get(id);
        return cases.attachment(id, attachmentId).orElseThrow(() -> Workflow.notFound(attachmentId));
    }

    /** The clocks of a case: decide, ask for information, resolve, publish (once answered). */
    public List<Deadline> deadlines(FeedbackCase c) {
        var weekend = FeedbackDeadlines.weekend(cases.agency(c.agencyId())
                .map(FeedbackRepository.CaseAgency::weekend)
                .orElse(null));
        LocalDateTime now = now();
        List<CaseEvent> events = cases.events(c.id());
        LocalDateTime asked = events.stream()
                .filter(e -> e.action().equals("REQUEST_INFO"))
                .map(CaseEvent::at)
                .findFirst()
                .orElse(null);
        List<Deadline> out = new ArrayList<>();
        out.add(clock("DECIDE", c.decideDueAt(), c.decidedAt(), now, weekend));
        out.add(clock("REQUEST_INFO", c.infoDueAt(), asked, now, weekend));
        out.add(clock(
                "RESOLVE",
                c.resolveDueAt(),
                c.status() == FeedbackStatus.REJECTED || c.status() == FeedbackStatus.SPAM
                        ? c.decidedAt()
                        : c.answeredAt(),
                now,
                weekend));
        if (c.publishDueAt() != null) {
            out.add(clock("PUBLISH", c.publishDueAt(), c.publishedAt(), now, weekend));
        }
        return out;
    }

    private Deadline clock(
            String step,
            LocalDateTime due,
            LocalDateTime done,
            LocalDateTime now,
            java.util.Set<java.time.DayOfWeek> weekend) {
        boolean optional = step.equals("REQUEST_INFO") || step.equals("PUBLISH");
        boolean late = done != null ? done.isAfter(due) : !optional && due.isBefore(now);
        return new Deadline(step, due, done, done != null ? 0 : deadlines.workingDaysLeft(now, due, weekend), late);
    }

    /** A staff action on a case in scope; leaders' actions (reject, publish, spam) need a leader. */
    @Transactional
    public FeedbackStatus act(long id, FeedbackAction action, FeedbackCommand in) {
        guard.role("feedback.staffOnly", FeedbackIntake.STAFF);
        if (FeedbackAction.LEADERS.contains(action)) {
            guard.role("feedback.leaderOnly", Role.UNIT_LEADER, Role.PROVINCIAL_OFFICIAL, Role.SYSTEM_ADMIN);
        }
        FeedbackCase c = cases.find(CurrentUser.scope(), id, true, now()).orElseThrow(() -> Workflow.notFound(id));
        if (action == FeedbackAction.ASSIGN && in != null && in.agencyId() != null && !inScope(in.agencyId())) {
            throw new NotFoundException("feedback.unknownAgency", in.agencyId());
        }
        return workflow.apply(c, contact(c), action, in, now());
    }

    /** The public status behind a tracking code. */
    public PublicStatus status(String trackingCode) {
        FeedbackCase c = byCode(trackingCode);
        boolean spam = c.status() == FeedbackStatus.SPAM;
        List<PublicStatus.Step> steps = cases.events(c.id()).stream()
                .filter(e -> !e.action().equals("SPAM") && !e.action().startsWith("ESCALATED"))
                .map(e -> new PublicStatus.Step(e.at(), e.action()))
                .toList();
        return new PublicStatus(
                c.trackingCode(),
                c.category(),
                spam ? FeedbackStatus.RECEIVED : c.status(),
                c.agencyName(),
                c.receivedAt(),
                c.status().active() ? c.dueAt() : null,
                c.rejectReason(),
                c.status() == FeedbackStatus.INFO_REQUESTED ? c.infoRequest() : null,
                c.answer(),
                c.answeredAt(),
                c.satisfied(),
                steps);
    }

    /** The citizen answers the agency's request for more information, from the status page. */
    @Transactional
    public void supplement(String trackingCode, String text) {
        workflow.supplement(byCode(trackingCode), text, now());
    }

    /** The citizen's verdict on the answer, from the link sent with it. */
    @Transactional
    public String rateAnswer(String answerToken, boolean satisfied) {
        long id =
                cases.idByAnswerToken(answerToken == null ? "" : answerToken).orElseThrow(() -> Workflow.notFound("?"));
        FeedbackCase c = cases.find(AgencyScope.EVERYTHING, id, false, now()).orElseThrow();
        workflow.rate(c, satisfied, now());
        return c.trackingCode();
    }

    /** The tracking code behind an answer link, for the rating page. */
    public PublicStatus statusByAnswerToken(String answerToken) {
        long id =
                cases.idByAnswerToken(answerToken == null ? "" : answerToken).orElseThrow(() -> Workflow.notFound("?"));
        return status(cases.find(AgencyScope.EVERYTHING, id, false, now())
                .orElseThrow()
                .trackingCode());
    }

    /** The public versions a leader starts from when publishing a case (then redacts further). */
    public PublicDraft publicDraft(FeedbackCase c) {
        return PublicDraft.of(c);
    }

    /**
     * One page of the published answers of every unit, newest first by default, personal data removed (public): the
     * search finds the tracking code with or without dashes or the words of the question without diacritics.
     */
    public vn.hailong.shared.ListPage<PublishedCase> published(
            PublishedFilter filter, vn.hailong.shared.ListQuery query, Long countCap) {
        List<String> keywords = filter.topic() == null ? List.of() : topics.keywords(filter.topic());
        return cases.published(filter, query.search(), keywords, query, countCap);
    }

    /** The units with published answers, in Vietnamese order (public). */
    public List<AgencyChoice> publishedAgencies() {
        return cases.publishedAgencies();
    }

    private FeedbackCase byCode(String code) {
        String c = code == null ? "" : code.trim().toUpperCase();
        return cases.byTrackingCode(c, now()).orElseThrow(() -> new NotFoundException("feedback.unknownCode", c));
    }

    private Map<String, String> contact(FeedbackCase c) {
        Map<String, String> m = new HashMap<>();
        m.put("name", c.contactName());
        m.put("phone", c.contactPhone());
        m.put("email", c.contactEmail());
        return m;
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

    /** Officers and leaders of the agency see the citizen's contact; viewers and the province do not. */
    static boolean personal() {
        return CurrentUser.principal()
                .map(p ->
                        p.role() != Role.VIEWER && p.role() != Role.PROVINCIAL_OFFICIAL && p.role() != Role.INTEGRATION)
                .orElse(false);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
