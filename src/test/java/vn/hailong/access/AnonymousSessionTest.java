package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Anonymous calls cost no session row: protected pages redirect to sign-in without storing the request in a
 * session, the sign-in and public pages keep their CSRF token in a cookie, the API is stateless.
 */
class AnonymousSessionTest extends AppTest {

    static final List<String> PATHS = List.of(
            "/",
            "/ho-so",
            "/bao-cao",
            "/quan-tri/nguoi-dung",
            "/tep-xuat",
            "/dang-nhap",
            "/gop-y",
            "/cong-khai",
            "/api/v1/dossiers",
            "/api/v1/me",
            "/api/v1/units?level=province",
            "/actuator/prometheus",
            "/swagger-ui.html",
            "/css/hailong.css",
            "/khong-co-trang-nay");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousRequestsCreateNoSessionRows() {
        long before = sessions();
        for (int round = 0; round < 5; round++) {
            Browser stranger = browser();
            for (String path : PATHS) {
                stranger.get(path);
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void thePageAskedForBeforeSigningInIsStillOpenedAfterwards() {
        Browser b = browser();
        assertThat(b.get("/ho-so").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/dang-nhap");
        var signedIn = b.signIn("honggai.motcua", "hailong-demo");
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/ho-so");
        assertThat(sessions()).isPositive();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
