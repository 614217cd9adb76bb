package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hailong.access.AuditLog;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Ratings through the dossier's one-time link (QR on the receipt, short link by SMS or e-mail): the
 * form shows the agency and procedure only; a rating is stored once per dossier, and the same
 * idempotency key again returns the same rating instead of a second one.
 */
@Service
public class Ratings {

    /** The outcome of a submission: the rating's id, and whether it was already there. */
    public record Receipt(long id, boolean repeated) {
    }

    private static final List<Integer> SCALE = List.of(5, 4, 3, 2, 1);

    private final RatingRepository ratings;
    private final AuditLog audit;
    private final Clock clock;
    private final int lowThreshold;

    Ratings(RatingRepository ratings, AuditLog audit, Clock clock, @Value("${hailong.rating.low-threshold:2}") int lowThreshold) {
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
        this.lowThreshold = lowThreshold;
    }

    public RatingForm form(String token, String lang) {
        Map<String, Object> t = valid(token);
        String code = (String) t.get("form_code");
        String[] form = ratings.form(code, lang).orElseThrow();
        return new RatingForm((String) t.get("agency_name"), (String) t.get("procedure_name"), code, form[1],
                ratings.items(code, lang), SCALE);
    }

    /** The rating token of a dossier, if the last four digits of the applicant's phone match (the web channel). */
    public java.util.Optional<String> tokenFor(String dossierCode, String lastDigits) {
        if (dossierCode == null || lastDigits == null || !lastDigits.trim().matches("\\d{4}")) {
            return java.util.Optional.empty();
        }
        return ratings.tokenFor(dossierCode.trim(), lastDigits.trim());
    }

    public boolean alreadyRated(String token) {
        return ratings.dossierRated(((Number) valid(token).get("dossier_id")).longValue());
    }

    @Transactional
    public Receipt submit(NewRating in) {
        var earlier = ratings.byIdempotencyKey(in.idempotencyKey());
        if (earlier.isPresent()) {
            return new Receipt(earlier.get(), true);
        }
        Receipt receipt = store(valid(in.token()), in.answers(), in.comment(), in.idempotencyKey(), in.channelOrQr());
        ratings.useToken(in.token(), LocalDateTime.now(clock));
        return receipt;
    }

    /**
     * A paper slip keyed in by staff (the secretary's grid): bound to the dossier by its code, in the
     * caller's scope; the slip's key is the dossier code, so keying the same slip twice is refused.
     */
    @Transactional
    public Receipt submitPaper(String dossierCode, List<Answer> answers, String comment) {
        Map<String, Object> d = ratings.dossier(vn.hailong.access.CurrentUser.scope(), dossierCode == null ? "" : dossierCode.trim())
                .orElseThrow(() -> new NotFoundException("rating.paper.unknownDossier", dossierCode));
        return store(d, answers, comment, "paper-" + d.get("code"), "PAPER");
    }

    /** The paper slip's data: agency, procedure, items, and the dossier's QR link. */
    public Map<String, Object> slip(String dossierCode) {
        Map<String, Object> d = ratings.dossier(vn.hailong.access.CurrentUser.scope(), dossierCode)
                .orElseThrow(() -> new NotFoundException("rating.paper.unknownDossier", dossierCode));
        Map<String, Object> m = new HashMap<>(d);
        m.put("items", ratings.items((String) d.get("form_code"), "vi"));
        return m;
    }

    private Receipt store(Map<String, Object> t, List<Answer> answers, String comment, String key, String channel) {
        long dossier = ((Number) t.get("dossier_id")).longValue();
        if (ratings.dossierRated(dossier)) {
            throw new ConflictException("rating.alreadyRated");
        }
        List<RatingItem> items = ratings.items((String) t.get("form_code"), "vi");
        check(items, answers);
        boolean low = answers.stream().anyMatch(a -> a.score() != null && a.score() <= lowThreshold);
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("dossier", dossier);
        row.put("form", t.get("form_code"));
        row.put("channel", channel);
        row.put("instrument", "FIVE_LEVEL");
        row.put("agency", t.get("agency_id"));
        row.put("desk", t.get("desk_id"));
        row.put("officer", t.get("handling_officer_id") != null ? t.get("handling_officer_id") : t.get("receiving_officer_id"));
        row.put("procedure", t.get("procedure_code"));
        row.put("field", t.get("field_code"));
        row.put("unit", t.get("unit_code"));
        row.put("comment", comment == null || comment.isBlank() ? null : comment.trim());
        row.put("low", low);
        row.put("at", Timestamp.valueOf(LocalDateTime.now(clock)));
        long id = ratings.insert(row);
        answers.forEach(a -> ratings.answer(id, a));
        audit.record("rating", id, "CREATE", null, Map.of("dossier", dossier, "channel", channel, "low", low));
        return new Receipt(id, false);
    }

    /** Ratings of the agencies the caller may see, received in a period (at most 1,000, newest first). */
    public List<RatingView> list(Long agency, java.time.LocalDate from, java.time.LocalDate to, Long officer) {
        java.time.LocalDate start = from == null ? LocalDateTime.now(clock).toLocalDate().minusDays(30) : from;
        java.time.LocalDate end = to == null ? LocalDateTime.now(clock).toLocalDate() : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("rating.badPeriod");
        }
        return ratings.list(vn.hailong.access.CurrentUser.scope(), agency, start.atStartOfDay(), end.plusDays(1).atStartOfDay(), officer);
    }

    /**
     * The paper slips of an agency keyed in from {@code from} (inclusive) to {@code to} (exclusive), in
     * the caller's scope, with their answers: the ballot box links them so that they are counted once.
     */
    public List<PaperSlip> paperSlips(long agencyId, LocalDateTime from, LocalDateTime to) {
        return ratings.paperSlips(vn.hailong.access.CurrentUser.scope(), agencyId, from, to);
    }

    private Map<String, Object> valid(String token) {
        Map<String, Object> t = ratings.token(token).orElseThrow(() -> new NotFoundException("rating.tokenUnknown"));
        if (((Timestamp) t.get("expires_at")).toLocalDateTime().isBefore(LocalDateTime.now(clock))) {
            throw new InvalidInputException("rating.tokenExpired");
        }
        return t;
    }

    private static void check(List<RatingItem> items, List<Answer> answers) {
        Map<String, RatingItem> byCode = items.stream().collect(Collectors.toMap(RatingItem::code, i -> i));
        Set<String> seen = new java.util.HashSet<>();
        for (Answer a : answers) {
            RatingItem item = byCode.get(a.item());
            if (item == null || !seen.add(a.item())) {
                throw new InvalidInputException("rating.unknownItem", a.item());
            }
            if (a.score() == null ? !item.allowsNotApplicable() : a.score() < 1 || a.score() > 5) {
                throw new InvalidInputException("rating.badScore", item.text());
            }
        }
        for (RatingItem item : items) {
            if (!seen.contains(item.code())) {
                throw new InvalidInputException("rating.missingItem", item.text());
            }
        }
    }
}
