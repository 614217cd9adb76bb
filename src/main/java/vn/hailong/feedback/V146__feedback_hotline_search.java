package vn.hailong.feedback;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * The hotline list's search columns ({@link vn.hailong.shared.SearchKeys}): the unit's and the leader's names without
 * diacritics, the number's digits and the number reversed (its last digits), filled for the hotlines already there,
 * with their indexes. The unit's name is copied beside the hotline: units are renamed by migrations only.
 */
@Component
class V146__feedback_hotline_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String unitAndLeader =
                "(select a.name from agency a where a.id = leader_hotline.agency_id) || ' ' || full_name";
        SearchColumns.create(context.getConnection(), "leader_hotline", "phone", unitAndLeader, "phone");
    }
}
