package vn.hailong.ballot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.notify.Outbox;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.RatingItem;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The boxes' monthly openings (sessions): scheduled on the last working day, reminded, moved; what is due, late or
 * flagged. Every read is limited to the caller's agencies; every write is audited.
 */
@Service
public class BallotSessions {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final BallotRepository repo;
    private final MessageSource messages;
    private final OpeningDays days;
    private final Agencies agencies;
    private final CounterForms forms;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ScopeGuard guard;

    BallotSessions(
            MessageSource messages,
            BallotRepository repo,
            OpeningDays days,
            Agencies agencies,
            CounterForms forms,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            ScopeGuard guard) {
        this.messages = messages;
        this.repo = repo;
        this.days = days;
        this.agencies = agencies;
        this.forms = forms;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    public List<BallotSession> sessions(Long agencyId, YearMonth month) {
        return repo.sessions(CurrentUser.scope(), agencyId, month);
    }

    /** Pages count at most this many sessions ("hơn 1.000 kết quả"); the API counts them all. */
    public static final long PAGE_COUNT_CAP = 1_000;

    /**
     * One page of the caller's sessions that pass the filter (overdue: not closed after their day, as of today),
     * in the query's order; {@code countCap} bounds the total (null: exact).
     */
    public vn.hailong.shared.ListPage<BallotSession> page(
            SessionFilter filter, vn.hailong.shared.ListQuery query, Long countCap) {
        return repo.page(CurrentUser.scope(), filter, query, LocalDate.now(clock), countCap);
    }

    /** Sessions not closed that are due within a week (or already late): the secretary's to-do list. */
    public List<BallotSession> due() {
        return repo.open(CurrentUser.scope(), LocalDate.now(clock).plusDays(7));
    }

    /** Sessions not closed after their day: what the province follows up. */
    public List<BallotSession> overdue() {
        return repo.open(CurrentUser.scope(), LocalDate.now(clock).minusDays(1));
    }

    public List<Incident> incidents() {
        return repo.incidents(CurrentUser.scope(), null);
    }

    public BallotSession session(long id) {
        return repo.session(CurrentUser.scope(), id)
                .orElseThrow(() -> new NotFoundException("ballot.session.notFound", id));
    }

    public SessionDetail detail(long id) {
        BallotSession s = session(id);
        BallotBox box = repo.box(AgencyScope.EVERYTHING, s.boxId()).orElseThrow();
        Map<String, int[]> tallied = repo.counts("ballot_tally", id);
        Map<String, int[]> keyed = repo.counts("ballot_keyed", id);
        List<ItemResult> items = new ArrayList<>();
        for (RatingItem item : forms.itemsOf(s.agencyId(), "vi")) {
            items.add(new ItemResult(
                    item.code(),
                    item.text(),
                    tallied.getOrDefault(item.code(), new int[5]),
                    keyed.getOrDefault(item.code(), new int[5])));
        }
        return new SessionDetail(
                s,
                box,
                repo.members(id),
                items,
                repo.comments(id),
                repo.amendments(id),
                repo.incident(id).orElse(null));
    }

    /** The items the tally is entered for: the agency's counter form. */
    public List<RatingItem> items(long sessionId) {
        return forms.itemsOf(session(sessionId).agencyId(), "vi");
    }

    /** Schedules the month's opening for every box in service; returns how many sessions were added. */
    @Transactional
    public int ensureSessions(YearMonth month) {
        int added = 0;
        for (BallotBox box : repo.boxes(AgencyScope.EVERYTHING, null)) {
            if (box.status() == BoxStatus.RETIRED) {
                continue;
            }
            Agency agency = agencies.byIdUnscoped(box.agencyId()).orElseThrow();
            if (repo.insertSessionIfMissing(
                    box.id(), agency.id(), month, days.openingDay(month, agency.id(), agency.weekend()))) {
                added++;
            }
        }
        return added;
    }

    /** Reminds of openings due within the reminder's working days (once per session; e-mail when the box has one). */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (BallotSession s : repo.open(AgencyScope.EVERYTHING, today.plusDays(14))) {
            if (s.remindedAt() != null || s.status() != SessionStatus.DUE) {
                continue;
            }
            Agency agency = agencies.byIdUnscoped(s.agencyId()).orElseThrow();
            if (!days.remindOn(today, s.scheduledOn(), agency.id(), agency.weekend())) {
                continue;
            }
            BallotBox box = repo.box(AgencyScope.EVERYTHING, s.boxId()).orElseThrow();
            if (box.reminderEmail() != null) {
                outbox.queue(
                        Outbox.Channel.EMAIL,
                        box.reminderEmail(),
                        messages.getMessage("ballot.remind.subject", new Object[] {month(s)}, VI),
                        messages.getMessage(
                                "ballot.remind.body",
                                new Object[] {
                                    box.location(),
                                    agency.name(),
                                    s.scheduledOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                },
                                VI));
            }
            repo.reminded(s.id(), LocalDateTime.now(clock));
            sent++;
        }
        return sent;
    }

    @Transactional
    public void move(long id, LocalDate to, String reason) {
        require(BallotRoles.ENTER);
        BallotSession s = session(id);
        if (s.closed()) {
            throw new ConflictException("ballot.closed");
        }
        String why = Texts.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("ballot.move.reasonRequired");
        }
        Agency agency = agencies.get(s.agencyId());
        if (to == null || !days.isWorkingDay(to, agency.id(), agency.weekend())) {
            throw new InvalidInputException("ballot.move.notWorkingDay", to);
        }
        repo.move(id, to, why);
        audit.record(
                "ballot_session",
                id,
                "MOVE",
                Map.of("scheduledOn", s.scheduledOn().toString()),
                Map.of("scheduledOn", to.toString(), "reason", why));
    }

    private static String month(BallotSession s) {
        YearMonth m = YearMonth.parse(s.period());
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    /** The caller's role may do this (403 otherwise, before any lookup: a refused write changes nothing). */
    private void require(Role... roles) {
        guard.role("ballot.forbidden", roles);
    }
}
