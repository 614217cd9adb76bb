package vn.hailong.rating;

import java.time.LocalDateTime;

/**
 * What a rating records about its target, read once before it is stored: the dossier behind a token or a code
 * (with the token, its expiry and how many ratings it has), or an officer rated at a kiosk without a dossier (then
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
        int rated) {

    boolean alreadyRated() {
        return rated > 0;
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
                rated);
    }
}
