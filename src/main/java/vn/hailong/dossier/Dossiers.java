package vn.hailong.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The one-stop dossier: received at a desk or through the API, moved by idempotent events, and
 * classified early / on time / late against its working-day deadline. Every read and write is
 * limited to the agencies the caller may see.
 */
@Service
public class Dossiers {

    /**
     * Who receives and moves dossiers: the one-stop officers and unit leaders of the agency, the province's
     * one-stop software through an API key (the integrators' contract), and the system administrator (the demo
     * and imports run as the system). Provincial officials, viewers and ballot secretaries only read.
     */
    static final Role[] HANDLERS = {Role.SYSTEM_ADMIN, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER, Role.INTEGRATION};

    /** Decree 118/2025/NĐ-CP Art. 17(2)(c): an online dossier is accepted or sent back within 8 working hours. */
    static final int ONLINE_HANDLING_HOURS = 8;

    private final DossierRepository dossiers;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final DossierSettings settings;
    private final DossierViews views;
    private final AuditLog audit;
    private final RatingInvitation invitation;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final ApplicationEventPublisher events;
    private final ScopeGuard guard;

    Dossiers(
            DossierRepository dossiers,
            Agencies agencies,
            ProcedureCatalog catalog,
            WorkingCalendar calendar,
            DossierSettings settings,
            DossierViews views,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager tx,
            RatingInvitation invitation,
            ApplicationEventPublisher events,
            ScopeGuard guard) {
        this.guard = guard;
        this.invitation = invitation;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
        this.calendar = calendar;
        this.settings = settings;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.separately = new TransactionTemplate(tx);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public DossierView receive(NewDossier in) {
        guard.role(HANDLERS);
        Agency receiving = receivingBody(in);
        Agency agency = resolvingAgency(in, receiving);
        Procedure procedure = catalog.find(in.procedureCode())
                .orElseThrow(() -> new InvalidInputException("dossier.unknownProcedure", in.procedureCode()));
        if (in.deskId() != null && agencies.desks(receiving.id()).stream().noneMatch(d -> d.id() == in.deskId())) {
            throw new InvalidInputException("dossier.unknownDesk", in.deskId());
        }
        if (in.receivingOfficerId() != null
                && agencies.officers(receiving.id()).stream().noneMatch(o -> o.id() == in.receivingOfficerId())) {
            throw new InvalidInputException("dossier.unknownOfficer", in.receivingOfficerId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = in.receivedAt() == null ? now : in.receivedAt();
        if (at.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputException("dossier.inFuture");
        }
        if (in.submittedAt() != null && in.submittedAt().isAfter(at)) {
            throw new InvalidInputException("dossier.submittedAfterReceipt");
        }
        // the agency's calendar: the national one with the days the agency keeps apart
        LocalDateTime due =
                calendar.of(agency.id()).due(at, procedure.duration(), procedure.durationUnit(), agency.weekend());
        Agency coding = Boolean.TRUE.equals(in.linkedGroup()) ? receiving : agency;
        String code = in.code() == null || in.code().isBlank()
                ? nextCode(coding, at.toLocalDate())
                : chosenCode(coding, in.code());
        if (dossiers.codeExists(code)) {
            throw new ConflictException("dossier.duplicateCode", code);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("code", code);
        row.put("agency", agency.id());
        row.put("receiving", receiving.id());
        row.put("desk", in.deskId());
        row.put("procedure", procedure.code());
        row.put("field", procedure.fieldCode());
        row.put("channel", (in.channel() == null ? Channel.IN_PERSON : in.channel()).code());
        row.put("status", DossierStatus.RECEIVED.code());
        row.put("name", in.applicantName().trim());
        row.put("phone", Texts.blankToNull(in.applicantPhone()));
        row.put("email", Texts.blankToNull(in.applicantEmail()));
        row.put("address", Texts.blankToNull(in.applicantAddress()));
        row.put("kind", (in.applicantKind() == null ? ApplicantKind.CITIZEN : in.applicantKind()).name());
        row.put("documents", DossierViews.encode(in.documents()));
        row.put("sets", in.sets() == null ? 1 : in.sets());
        row.put("officer", in.receivingOfficerId());
        row.put("receivedAt", DossierRepository.ts(at));
        row.put("dueAt", DossierRepository.ts(due));
        row.put("createdAt", DossierRepository.ts(now));
        long id = dossiers.insert(row);
        dossiers.insertEvent(
                id,
                new NewEvent(
                        "received", EventType.RECEIVED, at, receiving.id(), in.receivingOfficerId(), null, null, null),
                at,
                CurrentUser.name());
        invitation.issue(id, now);
        if (in.submittedAt() != null
                && at.isAfter(calendar.of(agency.id())
                        .plusWorkingHours(in.submittedAt(), ONLINE_HANDLING_HOURS, agency.weekend()))) {
            dossiers.flag(id, DossierFlag.ONLINE_RECEPTION_LATE, at);
        }
        audit.record(
                "dossier",
                code,
                "RECEIVE",
                null,
                Map.of(
                        "procedure",
                        procedure.code(),
                        "agency",
                        agency.id(),
                        "receivingAgency",
                        receiving.id(),
                        "receivedAt",
                        at.toString(),
                        "dueAt",
                        due.toString()));
        return views.view(dossiers.lock(id));
    }

    /** Applies an event; the same event id again returns the dossier unchanged. */
    @Transactional
    public DossierView apply(String code, NewEvent e) {
        guard.role(HANDLERS);
        DossierRecord found = find(code).orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        DossierRecord d = dossiers.lock(found.id());
        var earlier = dossiers.eventType(d.id(), e.eventId());
        if (earlier.isPresent()) {
            if (earlier.get() != e.type()) {
                throw new ConflictException(
                        "dossier.eventIdReused", e.eventId(), Lifecycle.label("eventType", earlier.get()));
            }
            return views.view(d);
        }
        if (e.type() == EventType.RECEIVED) {
            throw new ConflictException("dossier.alreadyReceived", code);
        }
        Lifecycle.check(d, e.type());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = e.at() == null ? now : e.at();
        LocalDateTime last = dossiers.lastEventAt(d.id());
        if (last != null && at.isBefore(last)) {
            throw new InvalidInputException("dossier.eventBeforeLast", last);
        }
        if (at.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputException("dossier.inFuture");
        }
        Agency agency = agencies.byIdUnscoped(d.agencyId()).orElseThrow();
        if (e.type() == EventType.HANDED_OVER) {
            checkHandOver(agency, e);
        }
        Transition transition = new Transition(d, e, at, agency, catalog.get(d.procedureCode()), calendar, dossiers);
        DossierRecord after = transition.apply();
        dossiers.update(after);
        dossiers.insertEvent(d.id(), e, at, CurrentUser.name());
        transition.flags().forEach(f -> dossiers.flag(d.id(), f, at));
        if (e.type() == EventType.RETURNED) {
            invitation.send(after, now);
        }
        audit.record(
                "dossier",
                code,
                e.type().name(),
                Map.of("status", d.status().name(), "dueAt", String.valueOf(d.dueAt())),
                Map.of(
                        "status",
                        after.status().name(),
                        "dueAt",
                        String.valueOf(after.dueAt()),
                        "timeliness",
                        after.timeliness().name(),
                        "eventId",
                        e.eventId()));
        events.publishEvent(new DossierMoved(
                d.id(),
                code,
                d.agencyId(),
                after.handlingOfficerId(),
                d.procedureCode(),
                e.type(),
                at,
                after.timeliness()));
        transition.finishedStep().ifPresent(events::publishEvent);
        return views.view(after);
    }

    /** The dossier by its code, old or new format, as typed (spaces around, small letters) or exactly. */
    public DossierView get(String code) {
        return views.view(find(code).orElseThrow(() -> new NotFoundException("dossier.notFound", code)));
    }

    private java.util.Optional<DossierRecord> find(String code) {
        java.util.Optional<DossierRecord> exact = dossiers.find(CurrentUser.scope(), code);
        String normal = DossierCode.normalise(code);
        return exact.isPresent() || normal.equals(code) ? exact : dossiers.find(CurrentUser.scope(), normal);
    }

    public List<DossierRow> list(DossierFilter filter) {
        List<DossierRow> rows = dossiers.list(CurrentUser.scope(), filter, LocalDateTime.now(clock), riskHorizon());
        if (DossierViews.mayReadPersonalData()) {
            return rows;
        }
        return rows.stream()
                .map(r -> new DossierRow(
                        r.code(),
                        r.status(),
                        r.agencyName(),
                        r.procedureName(),
                        new Applicant(r.applicantName(), null, null, null)
                                .masked()
                                .name(),
                        r.receivedAt(),
                        r.dueAt(),
                        r.resolvedAt(),
                        r.returnedAt(),
                        r.timeliness(),
                        r.handlingOfficer()))
                .toList();
    }

    /** The dossier events the caller may see recorded after the event {@code afterId}, in id order. */
    public List<vn.hailong.shared.Change> changesAfter(long afterId, int limit) {
        return dossiers.changes(CurrentUser.scope(), afterId, limit);
    }

    /** Pages count at most this many matches ("hơn 1.000 kết quả"); the API counts them all. */
    public static final long PAGE_COUNT_CAP = 1_000;

    /**
     * One page of the caller's dossiers that pass the filter and match the query's search text (see {@link vn.hailong.shared.ListSearch}:
     * code and name from their beginning first, anywhere in them when that finds nothing), names masked for those who may not read personal data; {@code countCap} bounds the total (null: exact).
     */
    @Transactional(readOnly = true)
    public ListPage<DossierRow> page(DossierFilter filter, ListQuery query, Long countCap) {
        boolean personal = DossierViews.mayReadPersonalData();
        AgencyScope scope = CurrentUser.scope();
        LocalDateTime horizon = riskHorizon();
        ListPage<DossierRow> page = vn.hailong.shared.ListSearch.of(query.search(), personal)
                .tiered(search -> dossiers.page(scope, filter, search, query, horizon, countCap));
        return personal ? page : page.map(Dossiers::masked);
    }

    private static DossierRow masked(DossierRow r) {
        return new DossierRow(
                r.code(),
                r.status(),
                r.agencyName(),
                r.procedureName(),
                new Applicant(r.applicantName(), null, null, null).masked().name(),
                r.receivedAt(),
                r.dueAt(),
                r.resolvedAt(),
                r.returnedAt(),
                r.timeliness(),
                r.handlingOfficer());
    }

    /** How many dossiers in the caller's scope the filter selects (e.g. the open ones at risk of one procedure). */
    public long count(DossierFilter filter) {
        return dossiers.count(CurrentUser.scope(), filter, riskHorizon());
    }

    /** Open dossiers due by the end of this working day + {@code hailong.dossier.at-risk-days} are at risk. */
    private LocalDateTime riskHorizon() {
        return calendar.plusWorkingDays(LocalDate.now(clock), settings.atRiskDays(), WorkingCalendar.DEFAULT_WEEKEND)
                .atTime(23, 59);
    }

    /** A code the caller chose lies in the namespace of the agency whose identifier opens it ({@link AgencyCodeSpace}). */
    private static String chosenCode(Agency agency, String chosen) {
        return AgencyCodeSpace.check(agency.code(), agency.electronicId(), chosen);
    }

    /**
     * The one-stop body that receives: the caller's own (its scope must cover it, fail-closed); without one named,
     * the resolving agency receives its own dossier, as before centres were recorded.
     */
    private Agency receivingBody(NewDossier in) {
        Long id = in.receivingAgencyId() == null ? in.agencyId() : in.receivingAgencyId();
        guard.agency(id);
        Agency receiving = agencies.get(id);
        if (in.receivingAgencyId() != null
                && !in.receivingAgencyId().equals(in.agencyId())
                && !receiving.kind().receives()) {
            throw new InvalidInputException("dossier.receivingNotOneStop", receiving.name());
        }
        return receiving;
    }

    /**
     * The agency competent to resolve: the receiving body itself, or any agency of the same province (reception
     * does not depend on administrative boundaries within a province, Decree 118/2025/NĐ-CP Art. 14(2)); one of
     * another province is answered as one that does not exist.
     */
    private Agency resolvingAgency(NewDossier in, Agency receiving) {
        if (in.agencyId().equals(receiving.id())) {
            return receiving;
        }
        return agencies.byIdUnscoped(in.agencyId())
                .filter(a -> a.provinceCode().equals(receiving.provinceCode()))
                .orElseThrow(() -> new NotFoundException("agency.notFound", in.agencyId()));
    }

    /**
     * A hand-over names an agency of the dossier's own province (the catalogue lists no participant agencies
     * across provinces) and, if any, an officer of that agency. A missing and a foreign agency or officer get
     * the same answer.
     */
    private void checkHandOver(Agency from, NewEvent e) {
        long to = e.agencyId() == null ? from.id() : e.agencyId();
        Agency target = agencies.byIdUnscoped(to)
                .filter(a -> a.provinceCode().equals(from.provinceCode()))
                .orElseThrow(() -> new ForbiddenException("dossier.handOverOutsideProvince"));
        if (e.officerId() != null
                && agencies.officersUnscoped(target.id()).stream().noneMatch(o -> o.id() == e.officerId())) {
            throw new ForbiddenException("dossier.handOverOfficer", e.officerId());
        }
    }

    /**
     * The next code of Decree 118/2025/NĐ-CP Art. 28 ({@link DossierCode}) from the agency's electronic identifier,
     * numbered per agency and day; an agency whose identifier is not entered yet numbers under its HaiLong code.
     */
    private String nextCode(Agency agency, LocalDate day) {
        String identifier = agency.electronicId() != null ? agency.electronicId() : agency.code();
        separately.executeWithoutResult(s -> dossiers.ensureCounter(agency.id(), day));
        while (true) {
            String code = code(identifier, day, dossiers.nextSequence(agency.id(), day));
            if (!dossiers.codeExists(code)) {
                return code;
            }
        }
    }

    /** The national format {identifier}-{yymmdd}-{sequence of at least four digits}. */
    public static String code(String identifier, LocalDate day, int sequence) {
        return DossierCode.issue(identifier, day, sequence);
    }
}
