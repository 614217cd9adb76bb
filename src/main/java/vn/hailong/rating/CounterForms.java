package vn.hailong.rating;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.InvalidInputException;

/** Which counter form each agency uses (the quick form unless an administrator chooses another). */
@Service
public class CounterForms {

    /** An agency and the form its counter uses. */
    public record Choice(long agencyId, String agencyName, String formCode) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final vn.hailong.access.ScopeGuard guard;

    CounterForms(JdbcClient jdbc, AuditLog audit, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A counter form: its code and Vietnamese title. */
    public record Form(String code, String title) {}

    public List<Form> forms() {
        return jdbc.sql("select code, title_vi from rating_form order by code desc")
                .query((rs, i) -> new Form(rs.getString(1), rs.getString(2)))
                .list();
    }

    public List<Choice> choices() {
        AgencyScope scope = CurrentUser.scope();
        return jdbc.sql(
                        "select a.id, a.name, coalesce(f.form_code, 'QUICK') from agency a left join agency_rating_form f on f.agency_id = a.id where "
                                + scope.predicate("a") + " order by a.kind, a.name")
                .params(scope.parameters())
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The items of the form an agency's counter uses (the quick form unless chosen otherwise), in order. */
    public List<RatingItem> itemsOf(long agencyId, String lang) {
        return jdbc.sql("select i.code, " + ("en".equals(lang) ? "i.text_en" : "i.text_vi")
                        + ", i.allows_na from rating_item i"
                        + " where i.form_code = coalesce((select f.form_code from agency_rating_form f where f.agency_id = :a), 'QUICK')"
                        + " order by i.position")
                .param("a", agencyId)
                .query((rs, i) -> new RatingItem(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    @Transactional
    public void choose(long agencyId, String formCode) {
        guard.administrator();
        guard.agency(agencyId);
        if (forms().stream().noneMatch(f -> f.code().equals(formCode))) {
            throw new InvalidInputException("rating.unknownForm", formCode);
        }
        jdbc.sql("delete from agency_rating_form where agency_id = :a")
                .param("a", agencyId)
                .update();
        jdbc.sql("insert into agency_rating_form (agency_id, form_code) values (:a, :f)")
                .param("a", agencyId)
                .param("f", formCode)
                .update();
        audit.record("agency_rating_form", agencyId, "CHOOSE", null, Map.of("form", formCode));
    }
}
