package vn.hailong.ballot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.rating.Answer;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.PaperSlip;
import vn.hailong.rating.RatingItem;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.Texts;

/**
 * An opening's tally with the paper slips keyed since the previous opening, a second member's check, closing with
 * the reseal, and amendments of closed minutes. Every write is audited.
 */
@Service
public class TallyEntry {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final BallotRepository repo;
    private final MessageSource messages;
    private final BallotSessions sessions;
    private final CounterForms forms;
    private final Ratings ratings;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScopeGuard guard;

    TallyEntry(
            MessageSource messages,
            BallotRepository repo,
            BallotSessions sessions,
            CounterForms forms,
            Ratings ratings,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ScopeGuard guard) {
        this.messages = messages;
        this.repo = repo;
        this.sessions = sessions;
        this.forms = forms;
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
    }

    /**
     * Records (or corrects, until closed) the opening: committee, seals, counts and the tally. The paper
     * slips of the agency keyed one by one since the box's previous opening are linked to the session.
     */
    @Transactional
    public SessionDetail tally(long id, Tally in) {
        return tally(id, in, null);
    }

    /**
     * The same, for an opening held before its scheduled day: then {@code earlyReason} is required, and the session
     * is moved to the day it was held with that reason (recorded and audited like any move).
     */
    @Transactional
    public SessionDetail tally(long id, Tally in, String earlyReason) {
        require(BallotRoles.ENTER);
        BallotSession s = sessions.session(id);
        if (s.closed()) {
            throw new ConflictException("ballot.closed");
        }
        BallotBox box = repo.box(AgencyScope.EVERYTHING, s.boxId()).orElseThrow();
        Tally t = normalize(in, s, box);
        if (t.heldOn() != null && t.heldOn().isBefore(s.scheduledOn())) {
            String why = Texts.blankToNull(earlyReason);
            if (why == null || why.length() > 480) {
                throw new InvalidInputException(
                        "ballot.early.reasonRequired",
                        s.scheduledOn().format(DAY),
                        t.heldOn().format(DAY));
            }
            String moved = text("ballot.early.movedReason", why);
            repo.move(id, t.heldOn(), moved);
            audit.record(
                    "ballot_session",
                    id,
                    "MOVE",
                    Map.of("scheduledOn", s.scheduledOn().toString()),
                    Map.of("scheduledOn", t.heldOn().toString(), "reason", moved));
            s = sessions.session(id);
        }
        YearMonth period = YearMonth.parse(s.period());
        List<PaperSlip> slips = slips(s, t.heldOn());
        List<RatingItem> items = forms.itemsOf(s.agencyId(), "vi");
        TallyRules.check(t, items, roleCodes(), slips.size());
        LocalDateTime now = LocalDateTime.now(clock);
        int returned = repo.returnedDossiers(s.agencyId(), box.deskId(), period);
        repo.saveTally(id, t, slips.size(), returned, SessionStatus.ENTERED, CurrentUser.name(), now);
        repo.uncheck(id);
        repo.linkSlips(id, slips.stream().map(PaperSlip::ratingId).toList(), answers(slips));
        flagSeal(s, box, t, now);
        repo.boxState(box.id(), null, BoxStatus.OPEN);
        audit.record(
                "ballot_session",
                id,
                "TALLY",
                s.status() == SessionStatus.DUE ? null : summary(s),
                Map.of(
                        "found",
                        t.found(),
                        "valid",
                        t.valid(),
                        "invalid",
                        t.invalid(),
                        "keyed",
                        slips.size(),
                        "sealIntact",
                        t.sealIntact()));
        return sessions.detail(id);
    }

    /**
     * How many paper slips keyed one by one belong to the opening: those of the agency keyed after the
     * box's previous opening up to the opening day (or {@code heldOn}), not linked to another session.
     */
    public int keyedSlips(long id, LocalDate heldOn) {
        BallotSession s = sessions.session(id);
        return slips(s, heldOn != null ? heldOn : s.heldOn() != null ? s.heldOn() : s.scheduledOn())
                .size();
    }

    private List<PaperSlip> slips(BallotSession s, LocalDate heldOn) {
        YearMonth period = YearMonth.parse(s.period());
        LocalDateTime from = repo.previousOpening(s.boxId(), period)
                .map(d -> d.plusDays(1).atStartOfDay())
                .orElse(period.atDay(1).atStartOfDay());
        List<PaperSlip> slips =
                ratings.paperSlips(s.agencyId(), from, heldOn.plusDays(1).atStartOfDay());
        List<Long> elsewhere = repo.linkedElsewhere(
                s.id(), slips.stream().map(PaperSlip::ratingId).toList());
        return slips.stream().filter(p -> !elsewhere.contains(p.ratingId())).toList();
    }

    /** The second member's check: re-entered totals must match the tally, and must come from someone else. */
    @Transactional
    public void check(long id, Integer found, Integer valid, Integer invalid) {
        require(BallotRoles.CHECK);
        BallotSession s = sessions.session(id);
        if (s.closed()) {
            throw new ConflictException("ballot.closed");
        }
        if (s.status() == SessionStatus.DUE) {
            throw new InvalidInputException("ballot.check.notEntered");
        }
        if (CurrentUser.name().equals(s.enteredBy())) {
            throw new InvalidInputException("ballot.check.samePerson", s.enteredBy());
        }
        List<String> wrong = new ArrayList<>();
        if (!s.found().equals(found)) {
            wrong.add("found");
        }
        if (!s.valid().equals(valid)) {
            wrong.add("valid");
        }
        if (!s.invalid().equals(invalid)) {
            wrong.add("invalid");
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException("ballot.check.mismatch", found, valid, invalid);
        }
        repo.checked(id, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record("ballot_session", id, "CHECK", null, Map.of("found", found, "valid", valid, "invalid", invalid));
    }

    /** Closes the session (leader): checked, and the box resealed with a new number; the minutes are locked. */
    @Transactional
    public void close(long id) {
        require(BallotRoles.CLOSE);
        BallotSession s = sessions.session(id);
        if (s.closed()) {
            throw new ConflictException("ballot.closed");
        }
        if (s.status() != SessionStatus.CHECKED) {
            throw new InvalidInputException("ballot.close.notChecked");
        }
        if (s.newSeal() == null || s.newSeal().isBlank()) {
            throw new InvalidInputException("ballot.close.newSealRequired");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        repo.openSeal(s.boxId(), s.heldOn().atTime(now.toLocalTime()), Boolean.TRUE.equals(s.sealIntact()));
        repo.insertSeal(s.boxId(), s.newSeal(), now, CurrentUser.name(), id);
        repo.boxState(s.boxId(), s.newSeal(), BoxStatus.SEALED);
        repo.closed(id, CurrentUser.name(), now);
        audit.record("ballot_session", id, "CLOSE", null, Map.of("newSeal", s.newSeal()));
        events.publishEvent(new BallotCounted(s.agencyId(), YearMonth.parse(s.period())));
    }

    /** A correction of closed minutes, with its reason: recorded, audited and shown on the minutes. */
    @Transactional
    public SessionDetail amend(long id, Tally in, String reason) {
        require(BallotRoles.ENTER);
        BallotSession s = sessions.session(id);
        if (!s.closed()) {
            throw new InvalidInputException("ballot.amend.notClosed");
        }
        String why = Texts.blankToNull(reason);
        if (why == null || why.length() > 1000) {
            throw new InvalidInputException("ballot.amend.reasonRequired");
        }
        SessionDetail before = sessions.detail(id);
        BallotBox box = before.box();
        Tally n = normalize(in, s, box);
        // the box was resealed when the session closed: the new seal stays as recorded in the seal history
        Tally t = new Tally(
                n.heldOn(),
                n.place(),
                n.members(),
                n.sealFound(),
                n.sealIntact(),
                n.sealNote(),
                s.newSeal(),
                n.found(),
                n.valid(),
                n.invalid(),
                n.items(),
                n.comments());
        TallyRules.check(t, forms.itemsOf(s.agencyId(), "vi"), roleCodes(), s.keyedSlips());
        String changes = changes(before, t);
        if (changes.isEmpty()) {
            throw new InvalidInputException("ballot.amend.nothingChanged");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        repo.saveTally(
                id,
                t,
                s.keyedSlips(),
                s.returnedDossiers() == null ? 0 : s.returnedDossiers(),
                SessionStatus.CLOSED,
                null,
                null);
        if (!t.sealIntact() && before.incident() == null) {
            repo.replaceIncident(
                    id, s.agencyId(), box.id(), s.sealFound(), t.sealFound(), t.sealNote(), now, CurrentUser.name());
        }
        repo.insertAmendment(id, now, CurrentUser.name(), why, changes);
        audit.record("ballot_session", id, "AMEND", summary(s), Map.of("reason", why, "changes", changes));
        events.publishEvent(new BallotCounted(s.agencyId(), YearMonth.parse(s.period())));
        return sessions.detail(id);
    }

    private void flagSeal(BallotSession s, BallotBox box, Tally t, LocalDateTime now) {
        boolean matches = t.sealFound().equalsIgnoreCase(box.sealNumber());
        if (t.sealIntact() && matches) {
            repo.dropIncident(s.id());
            return;
        }
        String note =
                t.sealIntact() ? text("ballot.seal.numberDiffers", t.sealFound(), box.sealNumber()) : t.sealNote();
        repo.replaceIncident(
                s.id(), s.agencyId(), box.id(), box.sealNumber(), t.sealFound(), note, now, CurrentUser.name());
    }

    private Tally normalize(Tally in, BallotSession s, BallotBox box) {
        if (in == null) {
            throw new InvalidInputException("ballot.tally.countsRequired");
        }
        List<Member> members = in.members() == null
                ? List.of()
                : in.members().stream()
                        .filter(m -> m != null && Texts.blankToNull(m.name()) != null)
                        .map(m -> new Member(
                                m.role() == null ? "" : m.role().trim(),
                                m.name().trim()))
                        .toList();
        Map<String, ItemCount> given = new LinkedHashMap<>();
        if (in.items() != null) {
            for (ItemCount c : in.items()) {
                if (c != null && given.putIfAbsent(c.item(), c) != null) {
                    throw new InvalidInputException("ballot.tally.unknownItem", c.item());
                }
            }
        }
        List<ItemCount> items = new ArrayList<>(given.values());
        for (RatingItem item : forms.itemsOf(s.agencyId(), "vi")) {
            if (!given.containsKey(item.code())) {
                items.add(new ItemCount(item.code(), List.of(0, 0, 0, 0, 0)));
            }
        }
        List<String> comments = in.comments() == null
                ? List.of()
                : in.comments().stream()
                        .map(Texts::blankToNull)
                        .filter(c -> c != null)
                        .toList();
        String place = Texts.blankToNull(in.place());
        return new Tally(
                in.heldOn() == null ? s.scheduledOn() : in.heldOn(),
                place == null ? box.location() : place,
                members,
                Texts.blankToNull(in.sealFound()),
                in.sealIntact(),
                Texts.blankToNull(in.sealNote()),
                Texts.blankToNull(in.newSeal()),
                in.found(),
                in.valid(),
                in.invalid(),
                items,
                comments);
    }

    private Set<String> roleCodes() {
        return repo.roles("vi").stream().map(CommitteeRole::code).collect(Collectors.toSet());
    }

    private static Map<String, int[]> answers(List<PaperSlip> slips) {
        Map<String, int[]> byItem = new LinkedHashMap<>();
        for (PaperSlip slip : slips) {
            for (Answer a : slip.answers()) {
                if (a.score() != null && a.score() >= 1 && a.score() <= 5) {
                    byItem.computeIfAbsent(a.item(), k -> new int[5])[a.score() - 1]++;
                }
            }
        }
        return byItem;
    }

    private static Map<String, Object> summary(BallotSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.status());
        m.put("found", s.found());
        m.put("valid", s.valid());
        m.put("invalid", s.invalid());
        m.put("sealFound", s.sealFound());
        m.put("newSeal", s.newSeal());
        return m;
    }

    /** What an amendment changes, in words for the minutes: "Số phiếu hợp lệ: 117 → 118; …". */
    private String changes(SessionDetail before, Tally after) {
        BallotSession s = before.session();
        List<String> out = new ArrayList<>();
        diff(out, "found", s.found(), after.found());
        diff(out, "valid", s.valid(), after.valid());
        diff(out, "invalid", s.invalid(), after.invalid());
        diff(out, "sealFound", s.sealFound(), after.sealFound());
        diff(out, "sealIntact", s.sealIntact() == null ? null : yesNo(s.sealIntact()), yesNo(after.sealIntact()));
        diff(out, "sealNote", s.sealNote(), after.sealNote());
        diff(out, "heldOn", s.heldOn(), after.heldOn());
        diff(out, "place", s.place(), after.place());
        for (ItemResult item : before.items()) {
            ItemCount c = after.items().stream()
                    .filter(x -> x.item().equals(item.item()))
                    .findFirst()
                    .orElse(null);
            for (int level = 1; level <= 5; level++) {
                int now = c == null ? 0 : c.counts().get(level - 1);
                if (now != item.tallied(level)) {
                    out.add(text(
                            "ballot.change.itemLevel",
                            item.text(),
                            String.valueOf(level),
                            String.valueOf(item.tallied(level)),
                            String.valueOf(now)));
                }
            }
        }
        if (!before.members().equals(after.members())) {
            out.add(text(
                    "ballot.change.members",
                    after.members().stream().map(Member::name).collect(Collectors.joining(", "))));
        }
        if (!before.comments().equals(after.comments())) {
            out.add(text(
                    "ballot.change.comments",
                    String.valueOf(before.comments().size()),
                    String.valueOf(after.comments().size())));
        }
        String text = String.join("; ", out);
        return text.length() > 4000 ? text.substring(0, 3997) + "…" : text;
    }

    private void diff(List<String> out, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(text("ballot.change." + field) + ": " + (before == null ? "—" : before) + " → "
                    + (after == null ? "—" : after));
        }
    }

    private String yesNo(boolean yes) {
        return text(yes ? "ballot.change.yes" : "ballot.change.no");
    }

    /** The minutes are in Vietnamese, whoever enters the amendment. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** The caller's role may do this (403 otherwise, before any lookup: a refused write changes nothing). */
    private void require(Role... roles) {
        guard.role("ballot.forbidden", roles);
    }
}
