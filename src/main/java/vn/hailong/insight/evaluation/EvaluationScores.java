package vn.hailong.insight.evaluation;

import java.util.Collection;
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
 * import rescores its agencies; {@link #rebuild()}
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

    @EventListener
    public void on(DossiersImported imported) {
        recompute(imported.agencyCodes());
    }

    /** Rescores every finished dossier from the raw rows (part of the rollups' rebuild). */
    public void rebuild() {
        recompute(null);
    }

    public void rescore(long dossierId) {
        scores.facts(dossierId).ifPresentOrElse(f -> scores.save(score(f)), () -> scores.delete(dossierId));
    }

    private void recompute(Collection<String> agencyCodes) {
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
