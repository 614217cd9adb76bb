package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.dossier.RatingLinks;
import vn.hailong.dossier.RatingMoment;
import vn.hailong.shared.Secrets;

/**
 * The rating tokens of dossiers, one per moment: the reception's issued when a dossier is received, the result's when
 * it is returned; each redeemed by the citizen's rating of its moment. A token issued before the moments has none.
 */
@Repository
class RatingTokens implements RatingLinks {

    private final JdbcClient jdbc;

    RatingTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String issue(long dossierId, RatingMoment moment, LocalDateTime createdAt, LocalDateTime expiresAt) {
        String token = Secrets.token(18);
        jdbc.sql("""
                insert into rating_token (token, dossier_id, moment, created_at, expires_at) values (:t, :d, :m, :c, :e)""")
                .param("t", token)
                .param("d", dossierId)
                .param("m", moment.name())
                .param("c", Timestamp.valueOf(createdAt))
                .param("e", Timestamp.valueOf(expiresAt))
                .update();
        return token;
    }

    @Override
    public Optional<String> token(long dossierId, RatingMoment moment) {
        return jdbc.sql("""
                select token from rating_token where dossier_id = :d and (moment = :m or moment is null and :m = 'RECEPTION')
                order by moment nulls last fetch first 1 rows only""")
                .param("d", dossierId)
                .param("m", moment.name())
                .query(String.class)
                .optional();
    }
}
