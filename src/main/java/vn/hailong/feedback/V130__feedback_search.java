package vn.hailong.feedback;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * The case list's search columns (tracking code without dashes, sender's name without diacritics, phone digits
 * reversed), filled for the cases already there, their indexes, and (received_at, id) for the list's default order
 * and its keyset pages. Java for the same folding rule as the dossiers' (see {@link vn.hailong.shared.SearchKeys}).
 */
@Component
class V130__feedback_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        SearchColumns.add(c, "feedback_case");
        SearchColumns.fill(c, "feedback_case", "tracking_code", "contact_name", "contact_phone");
        try (Statement s = c.createStatement()) {
            s.execute("create index ix_feedback_case_received_id on feedback_case (received_at, id)");
        }
        SearchColumns.index(c, "feedback_case");
    }
}
