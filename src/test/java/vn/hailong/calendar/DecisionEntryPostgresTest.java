package vn.hailong.calendar;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hailong.support.Databases;

/** The same decision entry, with the demo loaded, on a real PostgreSQL. */
class DecisionEntryPostgresTest extends DecisionEntryTest {

    private static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url == null ? (url = Databases.freshPostgresUrl()) : url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
