package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A dossier's one-time rating tokens, one per {@link RatingMoment}: the receipt carries the reception's as a link,
 * the returned notice the result's. The rating module owns the tokens (table {@code rating_token}) and implements
 * this; the dossier module asks for one when it receives and when it returns a dossier, so that neither names the
 * other's tables.
 */
public interface RatingLinks {

    /** Issues the dossier's token for a moment, valid from {@code createdAt} until {@code expiresAt}, and returns it. */
    String issue(long dossierId, RatingMoment moment, LocalDateTime createdAt, LocalDateTime expiresAt);

    /**
     * The dossier's token for a moment, if one was issued; for the reception, also a token issued before the moments
     * (which the receipts printed until then carry).
     */
    Optional<String> token(long dossierId, RatingMoment moment);
}
