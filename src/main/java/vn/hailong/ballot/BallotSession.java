package vn.hailong.ballot;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One monthly opening of a box: schedule, seals, counts, reconciliation and who entered, checked and closed it. */
public record BallotSession(
        long id,
        long boxId,
        long agencyId,
        String agencyName,
        String boxLocation,
        String period,
        LocalDate scheduledOn,
        String movedReason,
        SessionStatus status,
        LocalDate heldOn,
        String place,
        String sealFound,
        Boolean sealIntact,
        String sealNote,
        String newSeal,
        Integer found,
        Integer valid,
        Integer invalid,
        int keyedSlips,
        Integer returnedDossiers,
        String enteredBy,
        LocalDateTime enteredAt,
        String checkedBy,
        LocalDateTime checkedAt,
        String closedBy,
        LocalDateTime closedAt,
        LocalDateTime remindedAt) {

    public boolean closed() {
        return status == SessionStatus.CLOSED;
    }

    /**
     * Ballots found ÷ dossiers returned in the month (the response rate), or null when either is unknown or when
     * more slips were found than dossiers returned: the slips are anonymous, so that is no rate (never above 100%).
     */
    public Double responseRate() {
        return found == null || returnedDossiers == null || returnedDossiers == 0 || moreSlipsThanDossiers()
                ? null
                : (double) found / returnedDossiers;
    }

    /** More slips in the box than dossiers returned in the month: to be checked, not turned into a rate. */
    public boolean moreSlipsThanDossiers() {
        return found != null && returnedDossiers != null && found > returnedDossiers;
    }

    public boolean overdue(LocalDate today) {
        return !closed() && scheduledOn.isBefore(today);
    }

    public boolean brokenSeal() {
        return Boolean.FALSE.equals(sealIntact);
    }
}
