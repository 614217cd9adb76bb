package vn.hailong.insight;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.Officer;
import vn.hailong.rating.RatingView;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The officer's monthly scorecard (within the caller's scope) and the leader's confirmation of the
 * suggested classification, kept with the suggestion it confirmed or overrode.
 */
@Service
public class OfficerEvaluations {

    private final MeasureRepository measures;
    private final ClassificationRepository classifications;
    private final ClassificationRules rules;
    private final Agencies agencies;
    private final Ratings ratings;
    private final FeedbackCases cases;
    private final AuditLog audit;
    private final Clock clock;

    OfficerEvaluations(
            MeasureRepository measures,
            ClassificationRepository classifications,
            ClassificationRules rules,
            Agencies agencies,
            Ratings ratings,
            FeedbackCases cases,
            AuditLog audit,
            Clock clock) {
        this.measures = measures;
        this.classifications = classifications;
        this.rules = rules;
        this.agencies = agencies;
        this.ratings = ratings;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** "2026-10" → the month; anything else → a problem with a Vietnamese detail. */
    public static YearMonth month(String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("insight.badMonth", value);
        }
    }

    public OfficerScorecard scorecard(String agencyCode, long officerId, YearMonth month) {
        Agency agency = agencies.visible(null).stream()
                .filter(a -> a.code().equals(agencyCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", agencyCode));
        Officer officer = agencies.officers(agency.id()).stream()
                .filter(o -> o.id() == officerId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.officerNotFound", officerId));
        AgencyScope scope = CurrentUser.scope();
        var from = month.atDay(1);
        var to = month.atEndOfMonth();
        var s = measures.satisfaction(scope, agency.code(), officerId, from, to, "UNIT", null);
        var t = measures.timeliness(scope, agency.code(), officerId, from, to, "UNIT");
        SatisfactionItem satisfaction = SatisfactionItem.of(
                agency.code(),
                agency.name(),
                s.stream().map(MeasureRepository.Row::sums).reduce(RatingSums.NONE, RatingSums::plus));
        TimelinessItem timeliness = TimelinessItem.of(
                agency.code(),
                agency.name(),
                t.stream().mapToLong(MeasureRepository.Row::early).sum(),
                t.stream().mapToLong(MeasureRepository.Row::onTime).sum(),
                t.stream().mapToLong(MeasureRepository.Row::late).sum(),
                t.stream().mapToLong(MeasureRepository.Row::returned).sum(),
                t.stream().mapToLong(MeasureRepository.Row::workDays).sum());
        List<RatingView> received = ratings.list(agency.id(), from, to, officerId);
        List<String> comments = received.stream()
                .map(r -> Texts.blankToNull(r.comment()))
                .filter(c -> c != null)
                .toList();
        Set<Long> ratingIds = received.stream().map(RatingView::id).collect(Collectors.toSet());
        List<OfficerScorecard.CaseLine> involved = cases
                .involving(
                        agency.id(),
                        ratingIds,
                        officer.fullName(),
                        month.atDay(1).atStartOfDay(),
                        month.plusMonths(1).atDay(1).atStartOfDay())
                .stream()
                .filter(c -> c.ratingId() != null
                        ? ratingIds.contains(c.ratingId())
                        : officer.fullName().equalsIgnoreCase(c.assignedOfficer())
                                && YearMonth.from(c.receivedAt()).equals(month))
                .map(c -> new OfficerScorecard.CaseLine(
                        c.id(),
                        c.trackingCode(),
                        c.category().name(),
                        c.status().name(),
                        c.receivedAt()))
                .toList();
        return new OfficerScorecard(
                officerId,
                officer.fullName(),
                agency.code(),
                agency.name(),
                month.toString(),
                timeliness,
                satisfaction,
                measures.ratings(scope, agency.code(), officerId, from, to),
                comments,
                involved,
                rules.minN(),
                rules.suggest(satisfaction, timeliness),
                classifications.find(officerId, month.toString()).orElse(null));
    }

    /** The unit leader (or an administrator) confirms the month's classification, with an optional note. */
    @Transactional
    public OfficerScorecard confirm(
            String agencyCode, long officerId, YearMonth month, Classification classification, String note) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("insight.confirmForbidden");
        }
        if (classification == null) {
            throw new InvalidInputException("insight.classificationRequired");
        }
        String text = Texts.blankToNull(note);
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("insight.noteTooLong");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("insight.futureMonth", month);
        }
        OfficerScorecard card = scorecard(agencyCode, officerId, month);
        classifications.save(
                officerId,
                month.toString(),
                card.suggested(),
                classification,
                text,
                CurrentUser.name(),
                LocalDateTime.now(clock));
        audit.record(
                "officer_classification",
                officerId + "/" + month,
                "CONFIRM",
                card.confirmation() == null
                        ? null
                        : Map.of(
                                "confirmed",
                                card.confirmation().classification().name()),
                Map.of("confirmed", classification.name(), "suggested", String.valueOf(card.suggested())));
        return scorecard(agencyCode, officerId, month);
    }
}
