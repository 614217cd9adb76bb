package vn.hailong.rating;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.dossier.DossierRatings;
import vn.hailong.dossier.RatingMoment;

/** A dossier's ratings for its page: of the agencies the caller may see (the resolving or the receiving one). */
@Repository
class RatingsOfDossier implements DossierRatings {

    private final JdbcClient jdbc;

    RatingsOfDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Rating> of(String code) {
        AgencyScope scope = CurrentUser.scope();
        return jdbc.sql("""
                select r.id, r.moment, r.low, r.channel, r.created_at, avg(cast(x.score as double precision)) mean
                from rating r join dossier_rating_view d on d.id = r.dossier_id join agency a on a.id = r.agency_id
                left join rating_answer x on x.rating_id = r.id
                where d.code = :c and (""" + scope.predicate("a") + " or " + scope.predicateOnId("r.receiving_agency_id") + """
                )
                group by r.id, r.moment, r.low, r.channel, r.created_at order by r.created_at, r.id""")
                .params(scope.parameters())
                .param("c", code)
                .query((rs, i) -> new Rating(
                        rs.getLong(1),
                        rs.getString(2) == null ? null : RatingMoment.valueOf(rs.getString(2)),
                        rs.getObject(6) == null ? null : rs.getDouble(6),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }
}
