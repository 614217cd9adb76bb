package vn.hailong.insight;

import java.util.Collection;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.hailong.dossier.DossierMoved;
import vn.hailong.dossier.DossiersImported;
import vn.hailong.dossier.EventType;
import vn.hailong.feedback.FeedbackCaseChanged;

/**
 * Keeps the Decree 61 score of every finished dossier, inside the transaction that changed what it reads (the
 * listeners run synchronously in the publisher's transaction): when the dossier is resolved, when a feedback case
 * about it is opened or moves; when its rating is counted, in that batch's transaction ({@link RatingDrain}); an
 * import rescores its agencies; {@link #rebuild()}
 * rescores everything from the raw rows with the same rules.
 */
@Service
class Decree61Scores {

    private final Decree61Repository scores;

    Decree61Scores(Decree61Repository scores) {
        this.scores = scores;
    }

    @EventListener
    void on(DossierMoved d) {
        if (d.type() == EventType.RESOLVED) {
            rescore(d.dossierId());
        }
    }

    @EventListener
    void on(FeedbackCaseChanged c) {
        if (c.dossierCode() != null) {
            scores.dossierId(c.dossierCode()).ifPresent(this::rescore);
        }
    }

    @EventListener
    void on(DossiersImported imported) {
        recompute(imported.agencyCodes());
    }

    /** Rescores every finished dossier from the raw rows (part of the rollups' rebuild). */
    public void rebuild() {
        recompute(null);
    }

    void rescore(long dossierId) {
        scores.facts(dossierId)
                .ifPresentOrElse(f -> scores.save(Decree61Rules.score(f)), () -> scores.delete(dossierId));
    }

    private void recompute(Collection<String> agencyCodes) {
        if (agencyCodes != null && agencyCodes.isEmpty()) {
            return;
        }
        scores.deleteAll(agencyCodes);
        // one agency at a time, so that memory holds one agency's dossiers, not the country's
        for (String code : agencyCodes == null ? scores.agencyCodes() : agencyCodes) {
            scores.insertAll(
                    scores.facts(code).stream().map(Decree61Rules::score).toList());
        }
    }
}
