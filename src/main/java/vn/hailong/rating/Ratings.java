package vn.hailong.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.dossier.RatingMoment;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.NotFoundException;

/**
 * Ratings from every channel, stored once: once per dossier and moment (the reception, the result), and once per
 * idempotency key (the same key again returns the same rating, even when two copies of a submission race each other).
 * The citizen's form shows the agency and procedure only, never personal data.
 */
@Service
public class Ratings {

    /** The outcome of a submission: the rating's id, and whether it was already there. */
    public record Receipt(long id, boolean repeated) {}

    private final RatingRepository ratings;
    private final KioskDevices kiosks;
    private final KioskThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final int lowThreshold;
    private final TransactionTemplate tx;
    private final RatingWriter writer;

    /** Who keys in paper slips: the ballot secretary, the one-stop officers, the unit leader (and the administrator). */
    private static final vn.hailong.access.Role[] PAPER_KEYERS = {
        vn.hailong.access.Role.SYSTEM_ADMIN,
        vn.hailong.access.Role.UNIT_LEADER,
        vn.hailong.access.Role.ONE_STOP_OFFICER,
        vn.hailong.access.Role.BALLOT_SECRETARY
    };

    private final vn.hailong.access.ScopeGuard guard;

    Ratings(
            RatingRepository ratings,
            KioskDevices kiosks,
            KioskThrottle throttle,
            AuditLog audit,
            Clock clock,
            RatingProperties properties,
            TransactionTemplate tx,
            vn.hailong.access.ScopeGuard guard,
            RatingWriter writer) {
        this.guard = guard;
        this.writer = writer;
        this.ratings = ratings;
        this.kiosks = kiosks;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.lowThreshold = properties.lowThreshold();
        this.tx = tx;
    }

    public RatingForm form(String token, String lang) {
        RatingTarget t = valid(token);
        String code = t.formCode();
        RatingMoment moment = t.moment();
        return new RatingForm(
                t.agencyName(),
                t.procedureName(),
                code,
                ratings.formTitle(code, lang).orElseThrow(),
                moment,
                ratings.items(code, lang, moment),
                Instrument.FIVE_LEVEL.scores());
    }

    /**
     * The rating token of a dossier, if the last four digits of the applicant's phone match (the web channel); the
     * code as printed or typed in small letters (the codes of Decree 118/2025/NĐ-CP Art. 28 are in capitals).
     */
    public Optional<String> tokenFor(String dossierCode, String lastDigits) {
        if (dossierCode == null || lastDigits == null || !lastDigits.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        String code = dossierCode.trim();
        return ratings.tokenFor(code, lastDigits.trim())
                .or(() -> ratings.tokenFor(code.toUpperCase(java.util.Locale.ROOT), lastDigits.trim()));
    }

    public boolean alreadyRated(String token) {
        return valid(token).alreadyRated();
    }

    /**
     * A rating from the citizen's link or web page, or from a kiosk (see {@link NewRating}): checked here, then stored
     * by the group commit with the ratings of the same few milliseconds ({@link RatingWriter}); answered once committed.
     */
    public Receipt submit(NewRating in) {
        // No look-up first: a repeat is rare, and it ends below, as the dossier's conflict or the key's duplicate.
        try {
            return writer.submit(in.fromKiosk() ? submitAtKiosk(in) : submitByToken(in));
        } catch (InvalidInputException refused) {
            // Already rated (by an earlier copy of this very submission, or by another), or the token has expired
            // or the device was revoked since: a submission that was stored still answers with its rating.
            return ratings.byIdempotencyKey(in.idempotencyKey())
                    .map(id -> new Receipt(id, true))
                    .orElseThrow(() -> refused);
        } catch (DuplicateKeyException race) {
            // Another copy of this submission is being stored at this instant: answer with it, never store twice.
            return earlierCopy(in.idempotencyKey())
                    .map(id -> new Receipt(id, true))
                    .orElseThrow(() -> new ConflictException("rating.alreadyRated"));
        }
    }

    /** The rating stored under a key by a concurrent copy of the request, once that copy has committed (a second at most). */
    private Optional<Long> earlierCopy(String key) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<Long> id = ratings.byIdempotencyKey(key);
            if (id.isPresent()) {
                return id;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private RatingWriter.Prepared submitByToken(NewRating in) {
        if (in.token() == null || in.token().isBlank()) {
            throw new InvalidInputException("rating.targetRequired");
        }
        return store(
                valid(in.token()),
                in.answers(),
                in.comment(),
                in.idempotencyKey(),
                in.channelOrQr(),
                Instrument.FIVE_LEVEL,
                null,
                null,
                LocalDateTime.now(clock),
                null,
                in.moment(),
                false);
    }

    private RatingWriter.Prepared submitAtKiosk(NewRating in) {
        KioskDevice device = kiosks.authenticate(in.deviceToken());
        throttle.take(device.id());
        RatingTarget target;
        if (in.token() != null && !in.token().isBlank()) {
            target = valid(in.token());
            if (!atKioskAgency(target, device)) {
                throw new NotFoundException("kiosk.dossierNotHere", target.code());
            }
        } else if (in.dossierCode() != null && !in.dossierCode().isBlank()) {
            target = typedDossier(device, in.dossierCode(), in.phoneLastDigits());
        } else if (in.officerId() != null) {
            target = ratings.officerOfAgency(device.agencyId(), in.officerId())
                    .orElseThrow(() -> new NotFoundException("kiosk.officerNotHere", in.officerId()));
        } else {
            throw new InvalidInputException("rating.targetRequired");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = in.ratedAt() != null
                        && !in.ratedAt().isAfter(now)
                        && in.ratedAt().isAfter(now.minusDays(7))
                ? in.ratedAt()
                : now;
        return store(
                target,
                in.answers(),
                in.comment(),
                in.idempotencyKey(),
                "KIOSK",
                device.instrument(),
                device.deskId(),
                device.id(),
                at,
                null,
                in.moment(),
                true);
    }

    /** A kiosk rates the dossiers its agency resolves or received (a centre's kiosk, a cross-boundary dossier). */
    private static boolean atKioskAgency(RatingTarget dossier, KioskDevice device) {
        return dossier.agencyId() == device.agencyId()
                || (dossier.receivingAgencyId() != null && dossier.receivingAgencyId() == device.agencyId());
    }

    /** A dossier a kiosk is about to rate (scanned token or typed code), checked before the citizen answers. */
    public record KioskTarget(String dossierCode, String procedureName, boolean alreadyRated, RatingMoment moment) {}

    public KioskTarget kioskTarget(String deviceToken, String token, String dossierCode, String phoneLastDigits) {
        KioskDevice device = kiosks.authenticate(deviceToken);
        RatingTarget t;
        if (token != null && !token.isBlank()) {
            t = valid(token.trim());
        } else if (dossierCode != null && !dossierCode.isBlank()) {
            throttle.take(device.id()); // a device may not try the phone's last digits faster than it may rate
            t = typedDossier(device, dossierCode, phoneLastDigits);
        } else {
            throw new InvalidInputException("rating.targetRequired");
        }
        if (!atKioskAgency(t, device)) {
            throw new NotFoundException("kiosk.dossierNotHere", t.code());
        }
        if (t.alreadyRated()) {
            throw new ConflictException("rating.alreadyRated");
        }
        return new KioskTarget(t.code(), t.procedureName(), false, t.moment());
    }

    /**
     * A dossier typed at a kiosk: only of the kiosk's agency, and only with the last four digits of the
     * applicant's phone (as on the web page), so that a sequential code alone rates nobody's dossier.
     */
    private RatingTarget typedDossier(KioskDevice device, String dossierCode, String phoneLastDigits) {
        String code = dossierCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (phoneLastDigits == null || !phoneLastDigits.trim().matches("\\d{4}")) {
            throw new InvalidInputException("kiosk.phoneRequired");
        }
        RatingTarget t = ratings.dossierOfAgency(device.agencyId(), code)
                .orElseThrow(() -> new NotFoundException("kiosk.dossierNotHere", code));
        if (ratings.tokenFor(code, phoneLastDigits.trim()).isEmpty()) {
            throw new NotFoundException("kiosk.phoneMismatch", code);
        }
        return t;
    }

    /**
     * A paper slip keyed in by staff (the secretary's grid): bound to the dossier by its code, in the
     * caller's scope, and only with the check code printed on the slip (derived from the dossier's secret
     * token, so only the slip the citizen filled in carries it); the rating records who keyed it. The
     * slip's key is the dossier code, so keying the same slip twice is refused.
     */
    public Receipt submitPaper(
            String formCode, String dossierCode, String checkCode, List<Answer> answers, String comment) {
        guard.role(PAPER_KEYERS);
        RatingTarget d = ratings.dossier(CurrentUser.scope(), dossierCode == null ? "" : dossierCode.trim())
                .orElseThrow(() -> new NotFoundException("rating.paper.unknownDossier", dossierCode));
        if (checkCode == null || checkCode.isBlank()) {
            throw new InvalidInputException("rating.paper.checkRequired", d.code());
        }
        if (!SlipCheckCode.matches(d.token(), checkCode)) {
            throw new InvalidInputException("rating.paper.badCheck", d.code());
        }
        if (!d.formCode().equals(formCode)) {
            throw new InvalidInputException(
                    "rating.paper.otherForm",
                    d.code(),
                    ratings.formTitle(d.formCode(), "vi").orElseThrow());
        }
        RatingWriter.Prepared slip = store(
                d,
                answers,
                comment,
                "paper-" + d.code(),
                "PAPER",
                Instrument.FIVE_LEVEL,
                null,
                null,
                LocalDateTime.now(clock),
                CurrentUser.name(),
                null,
                false);
        try {
            return tx.execute(s -> new Receipt(writer.store(List.of(slip)).get(0), false));
        } catch (DuplicateKeyException race) {
            throw new ConflictException("rating.alreadyRated");
        }
    }

    /**
     * A rating made on the National Public Service Portal, in the caller's transaction: the dossier {@code t} (as read
     * for paper slips), the Art. 33 form's answers, keyed by the portal's rating id so that importing it again adds
     * nothing. The caller has checked the dossier's scope and that it has no rating yet.
     */
    Receipt storePortal(RatingTarget t, List<Answer> answers, String comment, String key, LocalDateTime at) {
        RatingWriter.Prepared rating = store(
                t.withFormCode(PortalRatings.FORM),
                answers,
                comment,
                key,
                PortalRatings.CHANNEL,
                Instrument.FIVE_LEVEL,
                null,
                null,
                at,
                CurrentUser.name(),
                null,
                false);
        return new Receipt(writer.store(List.of(rating)).get(0), false);
    }

    /** The paper slip's data: agency, procedure, items, the dossier's QR link and the slip's check code. */
    public BlankSlip slip(String dossierCode) {
        RatingTarget d = ratings.dossier(CurrentUser.scope(), dossierCode)
                .orElseThrow(() -> new NotFoundException("rating.paper.unknownDossier", dossierCode));
        BlankSlip blank = new BlankSlip(
                d.code(),
                d.agencyName(),
                d.procedureName(),
                d.token(),
                ratings.items(d.formCode(), "vi"),
                SlipCheckCode.of(d.token()));
        // Whoever prints a slip has read its check code: recorded, as keying a slip records who keyed it.
        audit.record("rating_slip", d.code(), "PRINT", null, null);
        return blank;
    }

    /** The items of a counter form (for grids and slips). */
    public List<RatingItem> items(String formCode, String lang) {
        return ratings.items(formCode, lang);
    }

    /** The counter form an agency uses (the quick form unless an administrator chose another). */
    public String formOf(long agencyId) {
        return ratings.formOf(agencyId);
    }

    /**
     * A rating checked against its target and form, ready for {@link RatingWriter}. The moment of a dossier's rating
     * ({@link #momentOf}) says which items are asked, except on paper and on the portal, whose forms ask every item;
     * a kiosk that took the rating offline could not know it, so its answers to items of the other moment are left out.
     */
    private RatingWriter.Prepared store(
            RatingTarget t,
            List<Answer> answers,
            String comment,
            String key,
            String channel,
            Instrument instrument,
            Long desk,
            Long device,
            LocalDateTime at,
            String keyedBy,
            RatingMoment requested,
            boolean kiosk) {
        Long dossier = t.dossierId();
        RatingMoment moment = dossier == null ? null : momentOf(t, requested);
        if (dossier != null && t.ratedAt(moment)) {
            throw new ConflictException("rating.alreadyRated");
        }
        boolean wholeForm = "PAPER".equals(channel) || PortalRatings.CHANNEL.equals(channel);
        List<RatingItem> items = ratings.items(t.formCode(), "vi", wholeForm ? null : moment);
        if (kiosk && moment != null) {
            Set<String> asked = items.stream().map(RatingItem::code).collect(Collectors.toSet());
            Set<String> known = ratings.items(t.formCode(), "vi").stream()
                    .map(RatingItem::code)
                    .collect(Collectors.toSet());
            answers = answers.stream()
                    .filter(a -> a == null || asked.contains(a.item()) || !known.contains(a.item()))
                    .toList();
        }
        check(items, answers, instrument);
        boolean low = answers.stream().anyMatch(a -> a.score() != null && a.score() <= lowThreshold);
        return new RatingWriter.Prepared(
                key,
                dossier,
                t.code(),
                t.agencyId(),
                t.officerId(),
                channel,
                low,
                comment == null || comment.isBlank() ? null : comment.trim(),
                at,
                t.unitCode(),
                desk != null ? desk : t.deskId(),
                t.procedureCode(),
                t.fieldCode(),
                t.formCode(),
                instrument.name(),
                List.copyOf(answers),
                device,
                keyedBy,
                CurrentUser.name(),
                t.receivedElsewhere(),
                moment);
    }

    /**
     * The moment a rating of a dossier is of: the one its token was issued for (another requested is refused), else
     * the one requested, else the dossier's state's (the result once returned, the reception before).
     */
    private static RatingMoment momentOf(RatingTarget t, RatingMoment requested) {
        if (t.tokenMoment() != null) {
            if (requested != null && requested != t.tokenMoment()) {
                throw new InvalidInputException(
                        "rating.otherMoment." + t.tokenMoment().name());
            }
            return t.tokenMoment();
        }
        return requested != null ? requested : t.moment();
    }

    /** How many low ratings (an answer at or below the threshold) the caller's agencies received in the last 30 days. */
    public long lowInLast30Days() {
        return ratings.lowCount(
                CurrentUser.scope(), LocalDate.now(clock).minusDays(30).atStartOfDay());
    }

    /** The ratings the caller may see stored after the rating {@code afterId}, in id order. */
    public List<vn.hailong.shared.Change> changesAfter(long afterId, int limit) {
        return ratings.changes(CurrentUser.scope(), afterId, limit);
    }

    /** Pages count at most this many matches ("hơn 1.000 kết quả"); the API counts them all. */
    public static final long PAGE_COUNT_CAP = 1_000;

    /**
     * One page of the ratings the caller may see, received in the filter's period (by default the last 30 days), that
     * pass the filter and whose dossier's code matches the query's search text (with or without dashes; a rating
     * carries no applicant data, so it is found by code only); {@code countCap} bounds the total (null: exact).
     */
    public ListPage<RatingView> page(RatingFilter filter, ListQuery query, Long countCap) {
        filter.check();
        LocalDate[] period = period(filter);
        return ratings.page(
                CurrentUser.scope(),
                filter,
                period[0].atStartOfDay(),
                period[1].plusDays(1).atStartOfDay(),
                vn.hailong.shared.ListSearch.of(query.search(), false),
                query,
                countCap);
    }

    /** Every rating of the agencies the caller may see received in a period (page after page, none left out). */
    public List<RatingView> list(Long agency, LocalDate from, LocalDate to, Long officer) {
        RatingFilter filter = RatingFilter.period(agency, officer, from, to);
        List<RatingView> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = page(filter, new ListQuery(null, null, true, cursor, ListQuery.MAX_LIMIT), 0L);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** The filter's period, the last 30 days unless given: its first and last day. */
    public LocalDate[] period(RatingFilter filter) {
        LocalDate start = filter.from() == null ? LocalDate.now(clock).minusDays(30) : filter.from();
        LocalDate end = filter.to() == null ? LocalDate.now(clock) : filter.to();
        if (end.isBefore(start)) {
            throw new InvalidInputException("rating.badPeriod");
        }
        return new LocalDate[] {start, end};
    }

    /**
     * The paper slips of an agency keyed in from {@code from} (inclusive) to {@code to} (exclusive), in
     * the caller's scope, with their answers: the ballot box links them so that they are counted once.
     */
    public List<PaperSlip> paperSlips(long agencyId, LocalDateTime from, LocalDateTime to) {
        return ratings.paperSlips(vn.hailong.access.CurrentUser.scope(), agencyId, from, to);
    }

    private RatingTarget valid(String token) {
        RatingTarget t = ratings.token(token).orElseThrow(() -> new NotFoundException("rating.tokenUnknown"));
        if (t.expiresAt().isBefore(LocalDateTime.now(clock))) {
            throw new InvalidInputException("rating.tokenExpired");
        }
        return t;
    }

    private static void check(List<RatingItem> items, List<Answer> answers, Instrument instrument) {
        Map<String, RatingItem> byCode = items.stream().collect(Collectors.toMap(RatingItem::code, i -> i));
        Set<String> seen = new HashSet<>();
        for (Answer a : answers) {
            RatingItem item = a == null ? null : byCode.get(a.item());
            if (item == null || !seen.add(a.item())) {
                throw new InvalidInputException("rating.unknownItem", a == null ? "" : a.item());
            }
            if (a.score() == null
                    ? !item.allowsNotApplicable()
                    : !instrument.scores().contains(a.score())) {
                throw new InvalidInputException(
                        instrument == Instrument.FIVE_LEVEL ? "rating.badScore" : "rating.badScore3", item.text());
            }
        }
        for (RatingItem item : items) {
            if (!seen.contains(item.code())) {
                throw new InvalidInputException("rating.missingItem", item.text());
            }
        }
    }
}
