package vn.hailong.insight.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.hailong.dossier.DossierMoved;
import vn.hailong.dossier.DossiersImported;
import vn.hailong.dossier.EventType;
import vn.hailong.feedback.FeedbackCaseChanged;
import vn.hailong.insight.EvaluationScore;
import vn.hailong.insight.Rulebook;

/**
 * Keeps the evaluation of every finished dossier (Decree 61 up to 30/06/2025, Decree 118 Art. 33 after), inside the transaction that changed what it reads (the
 * listeners run synchronously in the publisher's transaction): when the dossier is resolved, when a feedback case
 * about it is opened or moves; when its rating is counted, in that batch's transaction ({@link RatingDrain}); an
 * import scores its new dossiers; {@link #rebuild()}
 * rescores everything from the raw rows with the same rules.
 */
@Service
public class EvaluationScores {

    private final EvaluationRepository scores;
    private final Art33Rules art33;

    public EvaluationScores(EvaluationRepository scores, Art33Rules art33) {
        this.scores = scores;
        this.art33 = art33;
    }

    /** Decree 61's indicators for a dossier finished up to 30/06/2025, the Art. 33 contents after. */
    public EvaluationScore score(EvaluationFacts f) {
        return Rulebook.of(f.finishedOn()) == Rulebook.DECREE_61 ? Decree61Rules.score(f) : art33.score(f);
    }

    @EventListener
    public void on(DossierMoved d) {
        if (d.type() == EventType.RESOLVED) {
            rescore(d.dossierId());
        }
    }

    @EventListener
    public void on(FeedbackCaseChanged c) {
        if (c.dossierCode() != null) {
            scores.dossierId(c.dossierCode()).ifPresent(this::rescore);
        }
    }

    /** A bulk-written batch: its finished dossiers are scored (the batch, not the agencies' history). */
    @EventListener
    public void on(DossiersImported imported) {
        rescoreAll(scores.dossierIds(imported.dossierCodes()));
    }

    /** Rescores every finished dossier from the raw rows (part of the rollups' rebuild). */
    public void rebuild() {
        recompute(null);
    }

    public void rescore(long dossierId) {
        scores.facts(dossierId).ifPresentOrElse(f -> scores.save(score(f)), () -> scores.delete(dossierId));
    }

    /**
     * Rescores many dossiers at once (the rated dossiers of a counted batch): their facts in one query per thousand,
     * their old scores deleted and the new ones inserted in JDBC batches — what {@link #rescore} does one by one.
     */
    public void rescoreAll(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(dossierIds));
        scores.deleteByIds(ids);
        scores.insertAll(scores.facts(ids).stream().map(this::score).toList());
    }

    /** Rescores the finished dossiers of these agencies (codes null: all) from the raw rows. */
    public void recompute(Collection<String> agencyCodes) {
        if (agencyCodes != null && agencyCodes.isEmpty()) {
            return;
        }
        scores.deleteAll(agencyCodes);
        // one agency at a time, so that memory holds one agency's dossiers, not the country's
        for (String code : agencyCodes == null ? scores.agencyCodes() : agencyCodes) {
            scores.insertAll(scores.facts(code).stream().map(this::score).toList());
        }
    }
}
