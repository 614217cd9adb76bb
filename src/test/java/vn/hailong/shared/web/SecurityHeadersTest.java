package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hailong.support.AppTest;

/** Every page says where scripts and styles may come from, what it tells other sites, and which devices it uses. */
class SecurityHeadersTest extends AppTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesCarryAPolicyWithAFreshNonce() throws Exception {
        HttpResponse<String> first = get("/gop-y", false);
        HttpResponse<String> second = get("/gop-y", false);
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(first.body()).contains("<style nonce=\"" + nonce + "\">");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain(nonce);
        assertThat(first.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(first.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=(self)", "geolocation=()");
        assertThat(get("/api/v1/units?level=province", false).headers().firstValue("Referrer-Policy"))
                .isPresent();
    }

    @Test
    void cookiesAreSecureBehindATlsProxyOnly() throws Exception {
        assertThat(cookies(get("/dang-nhap", true))).isNotEmpty().allMatch(c -> c.contains("; Secure"));
        assertThat(cookies(get("/dang-nhap", false))).isNotEmpty().noneMatch(c -> c.contains("; Secure"));
    }

    private static List<String> cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private HttpResponse<String> get(String path, boolean behindTls) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (behindTls) {
            b.header("X-Forwarded-Proto", "https");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
