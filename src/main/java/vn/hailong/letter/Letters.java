package vn.hailong.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.NewEvent;
import vn.hailong.notify.Outbox;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Officer;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.ListSearch;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * Letters to citizens. Apologies are proposed for dossiers that will miss their date; congratulation
 * and condolence letters for returned birth, marriage and death registrations. The handling officer
 * edits a draft, the unit leader approves it; an approved apology extends the dossier once and is
 * sent by e-mail or SMS when the citizen left a contact (and can always be printed as Mẫu 04).
 */
@Service
public class Letters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LetterRepository letters;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final WorkingCalendar calendar;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    /** Letters to citizens are written in Vietnamese. */
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Who drafts and hands over letters: the unit's one-stop officers and leader (and the administrator). */
    private static final Role[] WRITERS = {Role.SYSTEM_ADMIN, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER};

    private final vn.hailong.access.ScopeGuard guard;

    Letters(
            vn.hailong.access.ScopeGuard guard,
            LetterRepository letters,
            Dossiers dossiers,
            Agencies agencies,
            WorkingCalendar calendar,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.guard = guard;
        this.letters = letters;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.calendar = calendar;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pages count at most this many matches ("hơn 1.000 kết quả"). */
    public static final long PAGE_COUNT_CAP = 1_000;

    /** The first letters in the caller's scope that pass the filter, newest first (at most 500). */
    public List<Letter> list(LetterStatus status, LetterKind kind) {
        return page(new LetterFilter(kind, status), ListQuery.first(500), PAGE_COUNT_CAP)
                .items();
    }

    /**
     * One page of the caller's letters that pass the filter and match the query's search text (the dossier's code,
     * and for those who may read personal data the recipient's name and the phone's last digits: see {@link
     * ListSearch}); names masked for users who may not read personal data (as on dossiers); {@code countCap} bounds
     * the total (null: exact).
     */
    public ListPage<Letter> page(LetterFilter filter, ListQuery query, Long countCap) {
        boolean personal = CurrentUser.mayReadPersonalData();
        return letters.page(CurrentUser.scope(), filter, ListSearch.of(query.search(), personal), query, countCap)
                .map(Letters::shown);
    }

    /** How many letters in the caller's scope have this status (not capped like the list). */
    public long count(LetterStatus status) {
        return letters.count(CurrentUser.scope(), status);
    }

    /** A letter in the caller's scope; names masked for users who may not read personal data (as on dossiers). */
    public Letter get(long id) {
        return shown(load(id));
    }

    private Letter load(long id) {
        return letters.find(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("letter.notFound", id));
    }

    private static Letter shown(Letter l) {
        return CurrentUser.mayReadPersonalData() ? l : l.masked();
    }

    public List<LetterRepository.MonthCount> monthlyLog() {
        return letters.monthly(CurrentUser.scope());
    }

    /** Drafts an apology for each open dossier due within the at-risk horizon (or late) that has none. */
    @Transactional
    public int proposeApologies(int horizonWorkingDays) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime horizon = calendar.plusWorkingDays(
                        now.toLocalDate(), horizonWorkingDays, WorkingCalendar.DEFAULT_WEEKEND)
                .atTime(23, 59);
        List<LetterRepository.LateDossier> due = letters.needingApology(horizon);
        for (LetterRepository.LateDossier d : due) {
            long agency = d.agencyId();
            LocalDateTime dueAt = d.dueAt();
            // The default new date counts on the agency's own calendar (its weekend), as its due dates do.
            var weekend = agencies.byIdUnscoped(agency).map(a -> a.weekend()).orElse(WorkingCalendar.DEFAULT_WEEKEND);
            LocalDateTime newDue =
                    calendar.plusWorkingDays(dueAt.toLocalDate(), 3, weekend).atTime(dueAt.toLocalTime());
            draft(
                    LetterKind.APOLOGY,
                    null,
                    new LetterRepository.Recipient(d.id(), d.code(), d.applicantName(), d.applicantPhone()),
                    agency,
                    Map.of(
                            "code",
                            d.code(),
                            "procedure",
                            d.procedureName(),
                            "agency",
                            d.agencyName(),
                            "dueAt",
                            dueAt.format(WHEN),
                            "newDueAt",
                            newDue.format(WHEN),
                            "date",
                            now.format(DAY)),
                    newDue,
                    now);
        }
        return due.size();
    }

    /**
     * Drafts a congratulation or condolence letter for each returned life-event dossier since the day
     * given, dated when the result was returned (the job runs every few minutes).
     */
    @Transactional
    public int proposeLifeEventLetters(LocalDate since) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<LetterRepository.LifeEventDossier> returned = letters.needingLifeEventLetter(since.atStartOfDay());
        for (LetterRepository.LifeEventDossier d : returned) {
            LetterKind kind = "DEATH".equals(d.lifeEvent()) ? LetterKind.CONDOLENCE : LetterKind.CONGRATULATION;
            LocalDateTime at = d.returnedAt();
            draft(
                    kind,
                    d.lifeEvent(),
                    new LetterRepository.Recipient(d.id(), d.code(), d.applicantName(), d.applicantPhone()),
                    d.agencyId(),
                    Map.of(
                            "code",
                            d.code(),
                            "procedure",
                            lower(d.procedureName()),
                            "agency",
                            d.agencyName(),
                            "date",
                            at.format(DAY)),
                    null,
                    at.isBefore(now) ? at : now);
        }
        return returned.size();
    }

    @Transactional
    public void edit(long id, String personName, String reason, LocalDateTime newDueAt, String body) {
        guard.role(WRITERS);
        Letter before = load(id);
        if (before.status() != LetterStatus.DRAFT) {
            throw new ConflictException("letter.notDraft", id);
        }
        if (body == null || body.isBlank() || body.length() > 8000) {
            throw new InvalidInputException("letter.bodyRequired");
        }
        letters.updateDraft(id, Texts.blankToNull(personName), Texts.blankToNull(reason), newDueAt, body.trim());
        audit.record("letter", id, "EDIT", before, load(id));
    }

    /** The unit leader approves; an apology then extends the dossier and is sent where a contact exists. */
    @Transactional
    public void approve(long id) {
        guard.role("letter.leaderOnly", Role.UNIT_LEADER, Role.SYSTEM_ADMIN);
        Letter l = load(id);
        if (l.status() != LetterStatus.DRAFT) {
            throw new ConflictException("letter.notDraft", id);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String body = fill(
                l.body(),
                Map.of(
                        "reason",
                        l.reason() == null ? "" : l.reason(),
                        "person",
                        l.personName() == null ? "" : l.personName(),
                        "newDueAt",
                        l.newDueAt() == null ? "" : l.newDueAt().format(WHEN)));
        if (l.kind() == LetterKind.APOLOGY) {
            if (l.reason() == null || l.newDueAt() == null) {
                throw new InvalidInputException("letter.apologyIncomplete");
            }
            dossiers.apply(
                    l.dossierCode(),
                    new NewEvent(
                            "apology-" + id, EventType.EXTENDED, null, null, null, null, l.newDueAt(), l.reason()));
        } else if (l.needsPerson() && l.personName() == null) {
            throw new InvalidInputException("letter.personRequired");
        }
        List<String> left = Letter.placeholders(body);
        if (!left.isEmpty()) {
            throw new InvalidInputException("letter.placeholdersLeft", String.join(", ", left));
        }
        letters.updateDraft(id, l.personName(), l.reason(), l.newDueAt(), body);
        String sentBy = send(id, l.title(), body);
        letters.mark(id, sentBy == null ? LetterStatus.APPROVED : LetterStatus.SENT, CurrentUser.name(), now, sentBy);
        audit.record("letter", id, "APPROVE", l, load(id));
    }

    /** Approves several letters at once (e.g. the month's congratulation letters); returns the refused ids' reasons. */
    public Map<Long, String> approveAll(
            List<Long> ids, java.util.function.Function<InvalidInputException, String> describe) {
        guard.role("letter.leaderOnly", Role.UNIT_LEADER, Role.SYSTEM_ADMIN);
        Map<Long, String> refused = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            try {
                approve(id);
            } catch (InvalidInputException e) {
                refused.put(id, describe.apply(e));
            }
        }
        return refused;
    }

    /** Marks an approved letter as handed over on paper. */
    @Transactional
    public void markPrinted(long id) {
        guard.role(WRITERS);
        Letter l = load(id);
        if (l.status() != LetterStatus.APPROVED) {
            throw new ConflictException("letter.notApproved", id);
        }
        letters.mark(id, LetterStatus.SENT, CurrentUser.name(), LocalDateTime.now(clock), "PRINT");
        audit.record("letter", id, "PRINTED", l, load(id));
    }

    private String send(long id, String title, String body) {
        LetterRepository.Contact contact = letters.contact(id);
        String email = contact.applicantEmail();
        String phone = contact.applicantPhone();
        if (email != null && !email.isBlank()) {
            outbox.queue(Outbox.Channel.EMAIL, email, title, body);
            return "EMAIL";
        }
        if (phone != null && !phone.isBlank()) {
            outbox.queue(Outbox.Channel.SMS, phone, title, body.length() > 459 ? body.substring(0, 456) + "..." : body);
            return "SMS";
        }
        return null;
    }

    private void draft(
            LetterKind kind,
            String lifeEvent,
            LetterRepository.Recipient to,
            long agencyId,
            Map<String, Object> values,
            LocalDateTime newDue,
            LocalDateTime now) {
        LetterRepository.Template template =
                letters.template(agencyId, kind, lifeEvent).orElseThrow();
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put("applicant", to.name());
        all.put("unit", values.getOrDefault("agency", ""));
        all.put("leader", leader(agencyId));
        String body = fill(template.body(), all);
        // The title is the e-mail's subject: its placeholders (e.g. the dossier code) are filled too.
        letters.insert(kind, to, agencyId, newDue, fill(template.title(), all), body, now);
    }

    private String leader(long agencyId) {
        return agencies
                .byIdUnscoped(agencyId)
                .map(a -> a.id())
                .map(agencies::officersUnscoped)
                .orElse(List.of())
                .stream()
                .filter(o -> o.position() != null && o.position().startsWith("Chủ tịch"))
                .map(Officer::fullName)
                .findFirst()
                .map(n -> messages.getMessage("letter.signer.chair", new Object[] {n}, VI))
                .orElseGet(() -> messages.getMessage("letter.signer.leader", null, VI));
    }

    /** Replaces the {placeholders} it knows; unknown ones stay for the next step (e.g. {reason} until approval). */
    static String fill(String template, Map<String, Object> values) {
        String out = template;
        for (var e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
