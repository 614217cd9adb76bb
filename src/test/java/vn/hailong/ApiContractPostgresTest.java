package vn.hailong;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hailong.support.Databases;

/** The same contract, with the demo loaded, on a real PostgreSQL. */
class ApiContractPostgresTest extends ApiContractTest {

    private static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url == null ? (url = Databases.freshPostgresUrl()) : url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
