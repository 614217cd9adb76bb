package vn.hailong.rating;

import java.time.LocalDateTime;

/** A low rating waiting for (or done with) the leader's contact with the citizen. */
public record FollowUp(long ratingId, String dossierCode, String agencyName, String officerName, String procedureName,
        LocalDateTime ratedAt, int lowestScore, String comment, String applicantName, String applicantPhone,
        String applicantEmail, LocalDateTime followedUpAt, String followedUpBy, String note) {
}
