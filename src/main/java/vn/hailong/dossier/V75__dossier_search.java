package vn.hailong.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The dossier list's search columns ({@link DossierSearchKeys}), filled for the dossiers already there, and their
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
        boolean postgres =
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("alter table dossier add column search_name varchar(160)");
            s.execute("alter table dossier add column code_key varchar(60)");
            s.execute("alter table dossier add column phone_rev varchar(20)");
        }
        fill(c);
        try (Statement s = c.createStatement()) {
            s.execute("create index ix_dossier_received_id on dossier (received_at, id)");
            s.execute("create index ix_dossier_due_id on dossier (due_at, id)");
            if (postgres) {
                s.execute("create index ix_dossier_phone_rev on dossier (phone_rev varchar_pattern_ops)");
                if (trigrams(c)) {
                    s.execute("create index ix_dossier_search_name on dossier using gin (search_name gin_trgm_ops)");
                    s.execute("create index ix_dossier_code_key on dossier using gin (code_key gin_trgm_ops)");
                } else {
                    s.execute("create index ix_dossier_search_name on dossier (search_name varchar_pattern_ops)");
                    s.execute("create index ix_dossier_code_key on dossier (code_key varchar_pattern_ops)");
                }
            } else {
                s.execute("create index ix_dossier_phone_rev on dossier (phone_rev)");
                s.execute("create index ix_dossier_search_name on dossier (search_name)");
                s.execute("create index ix_dossier_code_key on dossier (code_key)");
            }
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (PreparedStatement read =
                        c.prepareStatement("select id, code, applicant_name, applicant_phone from dossier");
                PreparedStatement write = c.prepareStatement(
                        "update dossier set search_name = ?, code_key = ?, phone_rev = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            int batch = 0;
            while (rs.next()) {
                write.setString(1, DossierSearchKeys.name(rs.getString(3)));
                write.setString(2, DossierSearchKeys.code(rs.getString(2)));
                write.setString(3, DossierSearchKeys.phoneReversed(rs.getString(4)));
                write.setLong(4, rs.getLong(1));
                write.addBatch();
                if (++batch % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** Whether pg_trgm is there or could be created (a failure leaves the migration's transaction usable). */
    private static boolean trigrams(Connection c) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            c.rollback(before);
            return false;
        }
    }
}
