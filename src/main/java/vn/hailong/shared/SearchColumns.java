package vn.hailong.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * For the migrations that add a list's search columns ({@link SearchKeys}: {@code search_name}, {@code code_key},
 * {@code phone_rev}): fills them for the rows already there and tells whether trigram indexes can be made.
 */
public final class SearchColumns {

    private SearchColumns() {}

    /** Adds the search columns to {@code table}, fills them for its rows and makes their indexes. */
    public static void create(Connection c, String table, String code, String name, String phone) throws SQLException {
        add(c, table);
        fill(c, table, code, name, phone);
        index(c, table);
    }

    /** Adds the search columns to {@code table}. */
    public static void add(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("alter table " + table + " add column search_name varchar(160)");
            s.execute("alter table " + table + " add column code_key varchar(60)");
            s.execute("alter table " + table + " add column phone_rev varchar(20)");
        }
    }

    /** Fills the search columns of every row of {@code table} from its code, name and phone columns. */
    public static void fill(Connection c, String table, String code, String name, String phone) throws SQLException {
        try (PreparedStatement read =
                        c.prepareStatement("select id, " + code + ", " + name + ", " + phone + " from " + table);
                PreparedStatement write = c.prepareStatement(
                        "update " + table + " set search_name = ?, code_key = ?, phone_rev = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            int batch = 0;
            while (rs.next()) {
                write.setString(1, SearchKeys.name(rs.getString(3)));
                write.setString(2, SearchKeys.code(rs.getString(2)));
                write.setString(3, SearchKeys.phoneReversed(rs.getString(4)));
                write.setLong(4, rs.getLong(1));
                write.addBatch();
                if (++batch % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /**
     * The search columns' indexes, named {@code ix_<table>_<column>}: on PostgreSQL trigram indexes (pg_trgm) for
     * "contains" on the name and the code when the extension can be created, otherwise prefix indexes, and a pattern
     * index for the phone's reversed digits; plain indexes elsewhere.
     */
    public static void index(Connection c, String table) throws SQLException {
        boolean postgres = postgres(c);
        String contains = !postgres ? "(%s)" : trigrams(c) ? "using gin (%s gin_trgm_ops)" : "(%s varchar_pattern_ops)";
        try (Statement s = c.createStatement()) {
            s.execute(create(table, "phone_rev", postgres ? "(%s varchar_pattern_ops)" : "(%s)"));
            s.execute(create(table, "search_name", contains));
            s.execute(create(table, "code_key", contains));
        }
    }

    /**
     * On PostgreSQL with trigram indexes, btree pattern indexes {@code ix_<table>_<column>_start} on the code and the
     * name for searches from their beginning ({@link ListSearch#fromStart()}); elsewhere the indexes of {@link #index}
     * already serve them.
     */
    public static void startIndexes(Connection c, String table) throws SQLException {
        if (!postgres(c) || !trigrams(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String column : new String[] {"code_key", "search_name"}) {
                s.execute("create index if not exists ix_" + table + "_" + column + "_start on " + table + " (" + column
                        + " varchar_pattern_ops)");
            }
        }
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static String create(String table, String column, String how) {
        return "create index ix_" + table + "_" + column + " on " + table + " " + how.formatted(column);
    }

    /** Whether pg_trgm is there or could be created (a failure leaves the migration's transaction usable). */
    public static boolean trigrams(Connection c) throws SQLException {
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
