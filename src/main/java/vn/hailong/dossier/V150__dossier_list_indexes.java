package vn.hailong.dossier;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.hailong.shared.SearchColumns;

/**
 * Indexes that keep the dossier list fast at millions of dossiers (bench/RESULTS.md, dossier search): a unit's
 * dossiers of one status in the list's order; on PostgreSQL those a unit received for another agency (an expression index: a unit's own
 * dossiers name it as their receiving agency too); and btree indexes for the search from the beginning of
 * the code and the name ({@link vn.hailong.shared.ListSearch#fromStart()}), where the trigram indexes of V75 take
 * 100–500 ms for a whole code or a full name.
 */
@Component
class V150__dossier_list_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("create index ix_dossier_agency_status_received on dossier (agency_id, status, received_at, id)");
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // the agency that received a dossier for another one, null for the rest: an expression index, whose
                // statistics tell PostgreSQL how few they are (a partial index "where receiving_agency_id <>
                // agency_id" is costed as if it held nearly every row, and loses to the receiving agency's index)
                s.execute("create index ix_dossier_received_for_another on dossier ((case when receiving_agency_id"
                        + " <> agency_id then receiving_agency_id end), received_at, id)");
            }
        }
        SearchColumns.startIndexes(c, "dossier");
    }
}
