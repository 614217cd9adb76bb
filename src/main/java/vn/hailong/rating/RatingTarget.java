package vn.hailong.rating;

import java.time.LocalDateTime;
import vn.hailong.dossier.RatingMoment;

/**
 * What a rating records about its target, read once before it is stored: the dossier behind a token or a code
 * (with the token, its expiry, the moment rated — {@code tokenMoment} the token's, null for a token issued before
 * the moments or a code; {@code moment} that or the dossier's state's — and how many ratings it has at each moment),
 * or an officer rated at a kiosk without a dossier (then
 * {@code dossierId}, {@code token}, {@code expiresAt} and the dossier's fields are null).
 */
record RatingTarget(
        Long dossierId,
        LocalDateTime expiresAt,
        String token,
        String code,
        long agencyId,
        Long receivingAgencyId,
        Long deskId,
        Long handlingOfficerId,
        Long receivingOfficerId,
        String procedureCode,
        String fieldCode,
        String unitCode,
        String agencyName,
        String procedureName,
        String formCode,
        RatingMoment tokenMoment,
        RatingMoment moment,
        int ratedAtReception,
        int ratedAtResult) {

    /** Whether the dossier is rated at the target's moment (its token's, else its state's). */
    boolean alreadyRated() {
        return ratedAt(moment);
    }

    /** Whether the dossier is rated at a moment (never for an officer rated without a dossier). */
    boolean ratedAt(RatingMoment m) {
        return (m == RatingMoment.RESULT ? ratedAtResult : m == RatingMoment.RECEPTION ? ratedAtReception : 0) > 0;
    }

    /** The receiving one-stop body when it is not the resolving agency, else null. */
    Long receivedElsewhere() {
        return receivingAgencyId == null || receivingAgencyId == agencyId ? null : receivingAgencyId;
    }

    /** The officer the rating is about: the handling officer, else the one who received the dossier. */
    Long officerId() {
        return handlingOfficerId != null ? handlingOfficerId : receivingOfficerId;
    }

    RatingTarget withFormCode(String form) {
        return new RatingTarget(
                dossierId,
                expiresAt,
                token,
                code,
                agencyId,
                receivingAgencyId,
                deskId,
                handlingOfficerId,
                receivingOfficerId,
                procedureCode,
                fieldCode,
                unitCode,
                agencyName,
                procedureName,
                form,
                tokenMoment,
                moment,
                ratedAtReception,
                ratedAtResult);
    }
}
