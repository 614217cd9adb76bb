package vn.hailong.insight;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One officer's month, the input to the monthly evaluation meeting: dossiers handled and their timeliness,
 * satisfaction with n, the ratings received and the response they represent, citizens' comments, the
 * feedback cases involving the officer, the suggested classification and the leader's confirmation.
 */
public record OfficerScorecard(
        long officerId,
        String officerName,
        String agencyCode,
        String agencyName,
        String month,
        TimelinessItem timeliness,
        SatisfactionItem satisfaction,
        long ratings,
        List<String> comments,
        List<CaseLine> cases,
        int minN,
        Classification suggested,
        Confirmation confirmation) {

    /** A feedback case opened from one of the officer's ratings or assigned to the officer. */
    public record CaseLine(long id, String trackingCode, String category, String status, LocalDateTime receivedAt) {}

    /** What the leader confirmed, by whom and when. */
    public record Confirmation(
            Classification classification, Classification suggested, String note, String by, LocalDateTime at) {}
}
