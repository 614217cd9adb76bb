package vn.hailong.dossier;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * The dossier list's search columns ({@link vn.hailong.shared.SearchKeys}), filled for the dossiers already there, and their
 * indexes: on PostgreSQL trigram indexes (pg_trgm) for "contains" on the name and the code when the extension can be
 * created, otherwise prefix indexes; a pattern index for the phone's reversed digits; and (received_at, id) for the
 * list's default order and its keyset pages. Java, because the name is folded by the application's own rule (the
 * same on H2 and PostgreSQL, no unaccent dictionary).
 */
@Component
class V75__dossier_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        SearchColumns.add(c, "dossier");
        SearchColumns.fill(c, "dossier", "code", "applicant_name", "applicant_phone");
        try (Statement s = c.createStatement()) {
            s.execute("create index ix_dossier_received_id on dossier (received_at, id)");
            s.execute("create index ix_dossier_due_id on dossier (due_at, id)");
        }
        SearchColumns.index(c, "dossier");
    }
}
