package vn.hailong.insight.evaluation;

import java.time.LocalDate;

/**
 * What HaiLong knows about one finished dossier that the evaluation reads: its timeliness (EARLY / ON_TIME / LATE) and
 * the worst of its processing steps' (null without finished steps), supplement requests, agencies other than its own
 * that asked for documents, channel (1 in person, 2 online, 3 post), whether it was received at a one-stop desk (null:
 * unknown), the procedure's listing in the catalogue, the citizen's answers (null: not asked or not answered) on
 * conduct, feedback handling, published information, costs, online services and other contents, the feedback cases
 * about it (not spam): how many, how many still unanswered and how many handled after their deadline; and whether an
 * online dossier was flagged for not being received within 8 working hours.
 */
public record EvaluationFacts(
        long dossierId,
        long agencyId,
        LocalDate finishedOn,
        String timeliness,
        String worstStep,
        int supplements,
        int otherAgencies,
        int channel,
        Boolean atDesk,
        boolean procedureActive,
        boolean documentsListed,
        Integer conduct,
        Integer feedbackAnswer,
        int cases,
        int unanswered,
        int lateCases,
        Integer publicInfo,
        Integer costs,
        Integer online,
        Integer other,
        boolean onlineLate) {

    /** The facts Decree 61's indicators read (no Art. 33 answers, no flag). */
    public EvaluationFacts(
            long dossierId,
            long agencyId,
            LocalDate finishedOn,
            String timeliness,
            String worstStep,
            int supplements,
            int otherAgencies,
            int channel,
            Boolean atDesk,
            boolean procedureActive,
            boolean documentsListed,
            Integer conduct,
            Integer feedbackAnswer,
            int cases,
            int unanswered,
            int lateCases) {
        this(
                dossierId,
                agencyId,
                finishedOn,
                timeliness,
                worstStep,
                supplements,
                otherAgencies,
                channel,
                atDesk,
                procedureActive,
                documentsListed,
                conduct,
                feedbackAnswer,
                cases,
                unanswered,
                lateCases,
                null,
                null,
                null,
                null,
                false);
    }
}
