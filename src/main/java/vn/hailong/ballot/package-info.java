/**
 * Ballot boxes (hòm phiếu đánh giá sự hài lòng): the sealed boxes at the desks, the monthly opening on
 * the last working day by a committee, the tally with a two-person check, reconciliation with the
 * dossiers returned, the minutes and the reseal.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "calendar", "dossier", "notify", "organization", "rating", "shared"})
package vn.hailong.ballot;
