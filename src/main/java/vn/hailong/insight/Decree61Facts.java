package vn.hailong.insight;

import java.time.LocalDate;

/**
 * What HaiLong knows about one finished dossier that the Decree 61 indicators read: its timeliness (EARLY /
 * ON_TIME / LATE) and the worst of its processing steps' (null without finished steps), supplement requests,
 * agencies other than its own that asked for documents, channel (1 in person, 2 online, 3 post), whether it was
 * received at a one-stop desk (null: unknown), the procedure's listing in the catalogue, the rating's CONDUCT and
 * FEEDBACK answers (null: none), and the feedback cases about it (not spam): how many, how many still unanswered and
 * how many handled after their deadline.
 */
record Decree61Facts(
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
        int lateCases) {}
