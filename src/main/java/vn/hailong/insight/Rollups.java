package vn.hailong.insight;

import java.time.YearMonth;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.ballot.BallotCounted;
import vn.hailong.dossier.DossierMoved;
import vn.hailong.dossier.DossiersImported;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.StepFinished;
import vn.hailong.dossier.Timeliness;
import vn.hailong.insight.evaluation.EvaluationScores;
import vn.hailong.insight.rollup.BallotRollup;
import vn.hailong.insight.rollup.BallotTallies;
import vn.hailong.insight.rollup.ProcessingDays;
import vn.hailong.insight.rollup.RollupRepository;
import vn.hailong.rating.RatingReceived;
import vn.hailong.shared.BeforeCommit;

/**
 * Keeps the rollups that dashboards read: each resolved or returned dossier is counted inside the
 * transaction that stored it (the listeners run synchronously in the publisher's transaction), each rating
 * in a batch right after its transaction commits ({@link RatingDrain}), bulk imports are recounted per agency, and {@link #rebuild()} recomputes everything
 * from the raw rows. Closed ballot-box openings are counted as channel BALLOT per desk and month (that
 * channel in the rollups comes only from the tallies; a slip with a dossier code is a PAPER rating). A
 * resolved dossier also adds its processing time in working days ({@link ProcessingDays}). A returned
 * dossier is counted as rated once, on its return day, whichever of its rating and its return came first. A
 * finished processing step is counted per step agency, officer and day ({@link StepFinished}).
 */
@Service
public class Rollups {

    private final RollupRepository rollups;
    private final AuditLog audit;
    private final TransactionTemplate savepoint;
    private final BallotTallies ballots;
    private final EvaluationScores decree61;
    private final ProcessingDays days;
    private final RatingDrain drain;
    private final Object ratedKey = new Object();

    /** {@code decree61} may be null in tests of the rollups alone. */
    Rollups(
            RollupRepository rollups,
            AuditLog audit,
            PlatformTransactionManager tx,
            BallotTallies ballots,
            ProcessingDays days,
            EvaluationScores decree61,
            RatingDrain drain) {
        this.decree61 = decree61;
        this.drain = drain;
        this.rollups = rollups;
        this.days = days;
        this.ballots = ballots;
        this.audit = audit;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs the writes behind a savepoint: when a concurrent transaction created the same new rollup row
     * first (MERGE then fails on the primary key once that one commits), the writes are rolled back to
     * the savepoint and run again, now updating the row.
     */
    private void counted(Runnable writes) {
        for (int attempt = 1; ; attempt++) {
            try {
                savepoint.executeWithoutResult(s -> writes.run());
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * A stored rating: counted in the rating rollups by the next batch ({@link RatingDrain}); a dossier returned before
     * it was rated counts it at once on its return day (so that a return and a rating count it once, whichever is first).
     */
    @EventListener
    void on(RatingReceived r) {
        drain.add(r.ratingId());
        if (r.dossierId() != null) {
            BeforeCommit.collect(ratedKey, r.dossierId(), rollups::addRated);
        }
    }

    @EventListener
    void on(DossierMoved d) {
        long officer = d.officerId() == null ? 0 : d.officerId();
        if (d.type() == EventType.RESOLVED) {
            int workDays = rollups.receipt(d.dossierId())
                    .map(r -> days.between(r.receivedAt(), d.at(), r.weekend()))
                    .orElse(0);
            counted(() -> {
                rollups.addDossier(
                        d.at().toLocalDate(),
                        d.agencyId(),
                        officer,
                        d.procedureCode(),
                        d.timeliness().name(),
                        false,
                        false,
                        workDays);
                rollups.addDossierMonth(
                        d.at().toLocalDate(), d.agencyId(), d.timeliness().name(), false, false, workDays);
            });
        } else if (d.type() == EventType.RETURNED) {
            boolean rated = rollups.rated(d.dossierId());
            counted(() -> {
                rollups.addDossier(
                        d.at().toLocalDate(), d.agencyId(), officer, d.procedureCode(), null, true, rated, 0);
                rollups.addDossierMonth(d.at().toLocalDate(), d.agencyId(), null, true, rated, 0);
            });
        }
    }

    /** A finished processing step with a timeliness (one without an allotted time is not counted). */
    @EventListener
    void on(StepFinished s) {
        if (s.timeliness() == Timeliness.PENDING) {
            return;
        }
        long officer = s.officerId() == null ? 0 : s.officerId();
        counted(() -> rollups.addStep(
                s.at().toLocalDate(), s.agencyId(), officer, s.timeliness().name()));
    }

    /** A closed (or amended) ballot-box opening: its agency and month are recounted from the tallies. */
    @EventListener
    void on(BallotCounted counted) {
        var results = ballots.results(AgencyScope.agency(counted.agencyId()), counted.month(), counted.month());
        var rows = BallotRollup.of(results);
        counted(() -> {
            rollups.replaceBallots(
                    rows.isEmpty() ? BallotRollup.empty(counted.agencyId(), counted.month()) : rows.get(0));
            rollups.recountRatingMonths(counted.agencyId(), counted.month().atDay(1));
            rollups.recountRatingAgencyDays(counted.agencyId(), counted.month().atDay(1));
        });
    }

    @EventListener
    void on(DossiersImported imported) {
        rollups.rebuildDossiers(imported.agencyCodes(), days);
        rollups.recountDossierMonths(imported.agencyCodes());
    }

    /** Recomputes every rollup and the Decree 61 dossier scores from the raw rows (after a bulk load, or to repair). */
    @Transactional
    public void rebuild() {
        drain.exclusive(() -> {
            recompute();
            if (decree61 != null) {
                decree61.rebuild();
            }
        });
        audit.record("insight_rollup", "all", "REBUILD", null, Map.of());
    }

    /** Every rollup from the raw rows; the pending ratings are among them, so nothing is left pending. */
    void recompute() {
        drain.forgetPending();
        rollups.rebuildRatings();
        BallotRollup.of(ballots.results(AgencyScope.EVERYTHING, YearMonth.of(2000, 1), YearMonth.of(2999, 12)))
                .forEach(rollups::replaceBallots);
        rollups.recountRatingMonths(null, null);
        rollups.recountRatingAgencyDays(null, null);
        rollups.rebuildDossiers(null, days);
        rollups.recountDossierMonths(null);
        rollups.rebuildSteps();
    }
}
