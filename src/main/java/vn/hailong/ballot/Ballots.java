package vn.hailong.ballot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.notify.Outbox;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.rating.Answer;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.PaperSlip;
import vn.hailong.rating.RatingItem;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The ballot boxes and their monthly openings: the box registry with its seals, sessions scheduled on the
 * last working day, the tally with a second member's check, closing with the reseal, and amendments
 * of closed minutes. Every read is limited to the caller's agencies; every write is audited.
 */
@Service
public class Ballots {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Role[] ENTER = {Role.BALLOT_SECRETARY, Role.UNIT_LEADER, Role.SYSTEM_ADMIN};
    private static final Role[] CHECK = {
        Role.BALLOT_SECRETARY, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER, Role.SYSTEM_ADMIN
    };
    private static final Role[] CLOSE = {Role.UNIT_LEADER, Role.SYSTEM_ADMIN};

    private final BallotRepository repo;
    private final OpeningDays days;
    private final Agencies agencies;
    private final CounterForms forms;
    private final Ratings ratings;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final vn.hailong.access.ScopeGuard guard;

    Ballots(
            BallotRepository repo,
            OpeningDays days,
            Agencies agencies,
            CounterForms forms,
            Ratings ratings,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.events = events;
        this.repo = repo;
        this.days = days;
        this.agencies = agencies;
        this.forms = forms;
        this.ratings = ratings;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CommitteeRole> roles(String lang) {
        return repo.roles(lang);
    }

    public List<BallotBox> boxes(Long agencyId) {
        return repo.boxes(CurrentUser.scope(), agencyId);
    }

    public BallotBox box(long id) {
        return repo.box(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("ballot.box.notFound", id));
    }

    public List<SealRecord> seals(long boxId) {
        return repo.seals(box(boxId).id());
    }

    /** Registers a sealed box at an agency (and desk); its session for the current month is scheduled at once. */
    @Transactional
    public long registerBox(long agencyId, Long deskId, String location, String seal, String reminderEmail) {
        require(ENTER);
        Agency agency = agencies.get(agencyId);
        if (deskId != null && agencies.desks(agencyId).stream().noneMatch(d -> d.id() == deskId)) {
            throw new InvalidInputException("ballot.box.unknownDesk", deskId);
        }
        String where = Texts.blankToNull(location);
        String sealNumber = Texts.blankToNull(seal);
        if (where == null || where.length() > 255) {
            throw new InvalidInputException("ballot.box.locationRequired");
        }
        if (sealNumber == null || sealNumber.length() > 40) {
            throw new InvalidInputException("ballot.box.sealRequired");
        }
        String email = Texts.blankToNull(reminderEmail);
        if (email != null && (email.length() > 160 || !email.contains("@"))) {
            throw new InvalidInputException("ballot.box.badEmail", email);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long id = repo.insertBox(agency.id(), deskId, where, sealNumber, email, now);
        repo.insertSeal(id, sealNumber, now, CurrentUser.name(), null);
        audit.record(
                "ballot_box", id, "CREATE", null, Map.of("agency", agency.id(), "location", where, "seal", sealNumber));
        YearMonth month = YearMonth.from(now);
        repo.insertSessionIfMissing(id, agency.id(), month, days.openingDay(month, agency.weekend()));
        return id;
    }

    @Transactional
    public void retireBox(long boxId) {
        require(CLOSE);
        BallotBox box = box(boxId);
        repo.boxState(box.id(), null, BoxStatus.RETIRED);
        audit.record(
                "ballot_box", box.id(), "RETIRE", Map.of("status", box.status()), Map.of("status", BoxStatus.RETIRED));
    }

    public List<BallotSession> sessions(Long agencyId, YearMonth month) {
        return repo.sessions(CurrentUser.scope(), agencyId, month);
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
            if (repo.insertSessionIfMissing(box.id(), agency.id(), month, days.openingDay(month, agency.weekend()))) {
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
            if (!days.remindOn(today, s.scheduledOn(), agency.weekend())) {
                continue;
            }
            BallotBox box = repo.box(AgencyScope.EVERYTHING, s.boxId()).orElseThrow();
            if (box.reminderEmail() != null) {
                outbox.queue(
                        Outbox.Channel.EMAIL,
                        box.reminderEmail(),
                        "Nhắc lịch mở hòm phiếu đánh giá sự hài lòng tháng " + month(s),
                        "Hòm phiếu đặt tại " + box.location() + " (" + agency.name() + ") được mở vào ngày "
                                + s.scheduledOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + ". Đề nghị mời đủ thành viên: lãnh đạo UBND, Chủ tịch Ủy ban MTTQ, đại diện Công đoàn, công chức Bộ phận Một cửa và thư ký.");
            }
            repo.reminded(s.id(), LocalDateTime.now(clock));
            sent++;
        }
        return sent;
    }

    @Transactional
    public void move(long id, LocalDate to, String reason) {
        require(ENTER);
        BallotSession s = session(id);
        if (s.closed()) {
            throw new ConflictException("ballot.closed");
        }
        String why = Texts.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("ballot.move.reasonRequired");
        }
        Agency agency = agencies.get(s.agencyId());
        if (to == null || !days.isWorkingDay(to, agency.weekend())) {
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
        require(ENTER);
        BallotSession s = session(id);
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
            repo.move(id, t.heldOn(), "Mở sớm: " + why);
            audit.record(
                    "ballot_session",
                    id,
                    "MOVE",
                    Map.of("scheduledOn", s.scheduledOn().toString()),
                    Map.of("scheduledOn", t.heldOn().toString(), "reason", "Mở sớm: " + why));
            s = session(id);
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
        return detail(id);
    }

    /**
     * How many paper slips keyed one by one belong to the opening: those of the agency keyed after the
     * box's previous opening up to the opening day (or {@code heldOn}), not linked to another session.
     */
    public int keyedSlips(long id, LocalDate heldOn) {
        BallotSession s = session(id);
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
        require(CHECK);
        BallotSession s = session(id);
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
        require(CLOSE);
        BallotSession s = session(id);
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
        require(ENTER);
        BallotSession s = session(id);
        if (!s.closed()) {
            throw new InvalidInputException("ballot.amend.notClosed");
        }
        String why = Texts.blankToNull(reason);
        if (why == null || why.length() > 1000) {
            throw new InvalidInputException("ballot.amend.reasonRequired");
        }
        SessionDetail before = detail(id);
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
        return detail(id);
    }

    /** Ballot-box results per agency × month × item × level, for the indices (slips keyed one by one excluded). */
    public List<BallotResult> results(YearMonth from, YearMonth to) {
        return repo.results(CurrentUser.scope(), from, to);
    }

    /** The same within an explicit scope: for the insight rollups, which count every agency's results. */
    public List<BallotResult> resultsWithin(AgencyScope scope, YearMonth from, YearMonth to) {
        return repo.results(scope, from, to);
    }

    private void flagSeal(BallotSession s, BallotBox box, Tally t, LocalDateTime now) {
        boolean matches = t.sealFound().equalsIgnoreCase(box.sealNumber());
        if (t.sealIntact() && matches) {
            repo.dropIncident(s.id());
            return;
        }
        String note = t.sealIntact()
                ? "Số niêm phong trên hòm (" + t.sealFound() + ") khác số đã đăng ký (" + box.sealNumber() + ")."
                : t.sealNote();
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
    private static String changes(SessionDetail before, Tally after) {
        BallotSession s = before.session();
        List<String> out = new ArrayList<>();
        diff(out, "Số phiếu trong hòm", s.found(), after.found());
        diff(out, "Số phiếu hợp lệ", s.valid(), after.valid());
        diff(out, "Số phiếu không hợp lệ", s.invalid(), after.invalid());
        diff(out, "Số niêm phong tìm thấy", s.sealFound(), after.sealFound());
        diff(
                out,
                "Niêm phong nguyên vẹn",
                s.sealIntact() == null ? null : s.sealIntact() ? "có" : "không",
                after.sealIntact() ? "có" : "không");
        diff(out, "Tình trạng niêm phong", s.sealNote(), after.sealNote());
        diff(out, "Ngày mở hòm", s.heldOn(), after.heldOn());
        diff(out, "Địa điểm", s.place(), after.place());
        for (ItemResult item : before.items()) {
            ItemCount c = after.items().stream()
                    .filter(x -> x.item().equals(item.item()))
                    .findFirst()
                    .orElse(null);
            for (int level = 1; level <= 5; level++) {
                int now = c == null ? 0 : c.counts().get(level - 1);
                if (now != item.tallied(level)) {
                    out.add("“" + item.text() + "” mức " + level + ": " + item.tallied(level) + " → " + now);
                }
            }
        }
        if (!before.members().equals(after.members())) {
            out.add("Thành phần tham dự: "
                    + after.members().stream().map(Member::name).collect(Collectors.joining(", ")));
        }
        if (!before.comments().equals(after.comments())) {
            out.add("Ý kiến ghi trên phiếu: " + before.comments().size() + " → "
                    + after.comments().size() + " ý kiến");
        }
        String text = String.join("; ", out);
        return text.length() > 4000 ? text.substring(0, 3997) + "…" : text;
    }

    private static void diff(List<String> out, String label, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(label + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
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
