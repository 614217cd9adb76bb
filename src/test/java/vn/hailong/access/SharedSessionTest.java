package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hailong.HaiLongApplication;
import vn.hailong.support.Browser;
import vn.hailong.support.Databases;

/** Two instances on one PostgreSQL share sign-in sessions: sign in on one, keep working on the other. */
class SharedSessionTest {

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() {
        String url = Databases.freshPostgresUrl();
        try (ConfigurableApplicationContext a = start(url);
                ConfigurableApplicationContext b = start(url)) {
            Browser browser = new Browser(base(a));
            browser.signIn("quangninh", "hailong-demo");
            assertThat(browser.get("/").body()).contains("Xin chào Nguyễn Thị Thanh Hương");
            browser.at(base(b));
            assertThat(browser.get("/").statusCode()).isEqualTo(200);
            assertThat(browser.get("/").body()).contains("Xin chào Nguyễn Thị Thanh Hương");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HaiLongApplication.class)
                .profiles("demo", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
