package vn.hailong.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.organization.data.V3__organization_load_units;

/**
 * The two databases every repository test runs on: H2 in PostgreSQL mode and a real embedded
 * PostgreSQL, both migrated with the product's own Flyway stream (units included).
 */
public final class Databases {

    /** A named, migrated database. */
    public record Db(String name, DataSource dataSource) {

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Db h2;
    /** Holds the in-memory H2 database open for the whole test run. */
    private static java.sql.Connection h2Keeper;

    private static Db postgres;
    private static EmbeddedPostgres server;
    private static boolean statementStatistics;

    private Databases() {}

    public static List<Db> all() {
        return List.of(h2(), postgres());
    }

    public static synchronized Db h2() {
        if (h2 == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:repo-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            try {
                h2Keeper = ds.getConnection();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            h2 = new Db("H2", migrate(ds));
        }
        return h2;
    }

    public static synchronized Db postgres() {
        if (postgres == null) {
            postgres = new Db("PostgreSQL", migrate(server().getPostgresDatabase()));
        }
        return postgres;
    }

    /**
     * For the benchmarks, before the server starts: it loads {@code pg_stat_statements} (with planning times), so that
     * the statements, rows and WAL of a run can be counted ({@code vn.hailong.bench.StatementStats}).
     */
    public static synchronized void withStatementStatistics() {
        if (server != null) {
            throw new IllegalStateException("the embedded PostgreSQL server has already started");
        }
        statementStatistics = true;
    }

    /** The embedded PostgreSQL server, started once per JVM and stopped at exit. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (statementStatistics) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .setServerConfig("pg_stat_statements.track_planning", "on")
                            .setServerConfig("pg_stat_statements.max", "10000");
                }
                server = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** A fresh, migrated PostgreSQL database on the shared server, for a Spring context of its own. */
    public static synchronized String freshPostgresUrl() {
        String name = "hl_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(server().getPostgresDatabase())
                .sql("create database " + name)
                .update();
        return server().getJdbcUrl("postgres", name);
    }

    private static DataSource migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new V3__organization_load_units(), new vn.hailong.rating.V110__rating_moment())
                .load()
                .migrate();
        return ds;
    }
}
