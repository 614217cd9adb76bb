package vn.hailong.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash (kill -9, power loss), H2 can reopen a database whose identity columns restart at a value already
 * used: the committed rows are there, but the counter saved with them is behind (seen in CrashRecoveryTest: the audit
 * log's next id was its last one, so the next rating's transaction failed on a duplicate key). At every start on H2,
 * each identity column that would hand out a used value is moved past the largest one. PostgreSQL needs none of this.
 */
final class H2Identities {

    private static final Logger log = LoggerFactory.getLogger(H2Identities.class);

    private H2Identities() {}

    record Identity(String table, String column, long next) {}

    static int repair(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                return 0;
            }
            List<Identity> identities = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("""
                    select table_name, column_name, identity_base from information_schema.columns
                    where is_identity = 'YES' and table_schema = current_schema""")) {
                while (rs.next()) {
                    identities.add(new Identity(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            int repaired = 0;
            for (Identity id : identities) {
                long max;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(
                                "select coalesce(max(\"" + id.column() + "\"), 0) from \"" + id.table() + "\"")) {
                    rs.next();
                    max = rs.getLong(1);
                }
                if (max >= id.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("alter table \"" + id.table() + "\" alter column \"" + id.column()
                                + "\" restart with " + (max + 1));
                    }
                    log.warn(
                            "H2: the identity of {}.{} would have handed out {} again (largest used {}); it now starts at {}",
                            id.table(),
                            id.column(),
                            id.next(),
                            max,
                            max + 1);
                    repaired++;
                }
            }
            return repaired;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the H2 identity columns", e);
        }
    }
}
