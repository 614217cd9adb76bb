package vn.hailong.ballot;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One monthly opening of a box: schedule, seals, counts, reconciliation and who entered, checked and closed it. */
public record BallotSession(long id, long boxId, long agencyId, String agencyName, String boxLocation, String period,
        LocalDate scheduledOn, String movedReason, SessionStatus status, LocalDate heldOn, String place, String sealFound,
        Boolean sealIntact, String sealNote, String newSeal, Integer found, Integer valid, Integer invalid, int keyedSlips,
        Integer returnedDossiers, String enteredBy, LocalDateTime enteredAt, String checkedBy, LocalDateTime checkedAt,
        String closedBy, LocalDateTime closedAt, LocalDateTime remindedAt) {

    public boolean closed() {
        return status == SessionStatus.CLOSED;
    }

    /** Ballots found ÷ dossiers returned in the month (the response rate), or null when either is unknown. */
    public Double responseRate() {
        return found == null || returnedDossiers == null || returnedDossiers == 0 ? null : (double) found / returnedDossiers;
    }

    public boolean overdue(LocalDate today) {
        return !closed() && scheduledOn.isBefore(today);
    }

    public boolean brokenSeal() {
        return Boolean.FALSE.equals(sealIntact);
    }
}
