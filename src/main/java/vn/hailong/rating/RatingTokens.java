package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.dossier.RatingLinks;
import vn.hailong.shared.Secrets;

/** The rating tokens of dossiers: issued when a dossier is received, redeemed by the citizen's rating. */
@Repository
class RatingTokens implements RatingLinks {

    private final JdbcClient jdbc;

    RatingTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String issue(long dossierId, LocalDateTime createdAt, LocalDateTime expiresAt) {
        String token = Secrets.token(18);
        jdbc.sql("insert into rating_token (token, dossier_id, created_at, expires_at) values (:t, :d, :c, :e)")
                .param("t", token)
                .param("d", dossierId)
                .param("c", Timestamp.valueOf(createdAt))
                .param("e", Timestamp.valueOf(expiresAt))
                .update();
        return token;
    }

    @Override
    public Optional<String> token(long dossierId) {
        return jdbc.sql("select token from rating_token where dossier_id = :d")
                .param("d", dossierId)
                .query(String.class)
                .optional();
    }
}
