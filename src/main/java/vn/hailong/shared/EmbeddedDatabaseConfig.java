package vn.hailong.shared;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded database's care: {@link EmbeddedDatabaseFiles} registered early (a bean post-processor, before the data
 * source is first used), and the identity repair after a crash ({@link H2Identities}) once Flyway has migrated.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    @Bean
    static EmbeddedDatabaseFiles embeddedDatabaseFiles(Environment env) {
        return new EmbeddedDatabaseFiles(env);
    }

    /** Migrates, then (on H2) moves identity counters a crash left behind past the values already used. */
    @Bean
    FlywayMigrationStrategy migrateAndRepairIdentities() {
        return flyway -> {
            flyway.migrate();
            H2Identities.repair(flyway.getConfiguration().getDataSource());
        };
    }
}
