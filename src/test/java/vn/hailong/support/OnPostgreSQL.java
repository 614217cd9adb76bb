package vn.hailong.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@link AppTest} subclass on a fresh database of the embedded PostgreSQL server instead of H2, e.g.
 * {@code @OnPostgreSQL class ApiContractPostgresTest extends ApiContractTest {}}. Classes with the same configuration
 * share one such context (and database), as Spring caches contexts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ContextConfiguration(initializers = OnPostgreSQL.FreshDatabase.class)
public @interface OnPostgreSQL {

    /** Points the data source at a new, empty database of the shared server; Flyway migrates it at start. */
    class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + Databases.freshPostgresUrl(),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(context);
        }
    }
}
