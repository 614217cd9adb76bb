package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A dossier's one-time rating token, which the receipt and the returned notice carry as a link. The rating module
 * owns the token (table {@code rating_token}) and implements this; the dossier module asks for one when it receives
 * a dossier, so that neither names the other's tables.
 */
public interface RatingLinks {

    /** Issues the dossier's token, valid from {@code createdAt} until {@code expiresAt}, and returns it. */
    String issue(long dossierId, LocalDateTime createdAt, LocalDateTime expiresAt);

    /** The dossier's token, if one was issued. */
    Optional<String> token(long dossierId);
}
