package vn.hailong.access;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hailong.support.Databases;

/** The same permission matrix, with the demo and the second province loaded, on a real PostgreSQL. */
class PermissionMatrixPostgresTest extends PermissionMatrixTest {

    private static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url == null ? (url = Databases.freshPostgresUrl()) : url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
