package vn.hailong.feedback;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.dossier.DossierCases;

/** The cases about a dossier for its page: of the agencies the caller may see, oldest first. */
@Repository
class CasesOfDossier implements DossierCases {

    private final JdbcClient jdbc;

    CasesOfDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Case> of(String code, Collection<Long> ratingIds) {
        AgencyScope scope = CurrentUser.scope();
        return jdbc.sql("""
                select c.id, c.tracking_code, c.status, c.rating_id from feedback_case c join agency a on a.id = c.agency_id
                where (c.dossier_code = :code or c.rating_id in (:ratings)) and\s""" + scope.predicate("a") + " order by c.id")
                .params(scope.parameters())
                .param("code", code)
                .param("ratings", ratingIds.isEmpty() ? List.of(-1L) : ratingIds)
                .query((rs, i) ->
                        new Case(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)))
                .list();
    }
}
