package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Public endpoints answer 429 with Retry-After past the per-address limit; signed-in pages are not limited. */
class PublicRateLimitFilterTest {

    @Test
    void limitsEachAddressOnPublicPaths() throws Exception {
        PublicRateLimitFilter filter = new PublicRateLimitFilter(3, Bundles.MESSAGES);
        for (int i = 0; i < 3; i++) {
            assertThat(call(filter, "/api/v1/units", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = call(filter, "/api/v1/procedures", "10.0.0.1");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString()).contains("Vui lòng thử lại sau");
        assertThat(call(filter, "/api/v1/units", "10.0.0.2").getStatus())
                .as("another address")
                .isEqualTo(200);
        assertThat(call(filter, "/ho-so", "10.0.0.1").getStatus())
                .as("not a public path")
                .isEqualTo(200);
    }

    @Test
    void aPersonsBrowserGetsTheErrorPageAndAnApiKeepsProblemDetails() throws Exception {
        PublicRateLimitFilter filter = new PublicRateLimitFilter(1, Bundles.MESSAGES);
        call(filter, "/gop-y", "10.0.0.3");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/gop-y");
        page.setRemoteAddr("10.0.0.3");
        page.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse toPage = new MockHttpServletResponse();
        filter.doFilter(page, toPage, new MockFilterChain());
        assertThat(toPage.getStatus()).isEqualTo(429);
        assertThat(toPage.getHeader("Retry-After")).isNotBlank();
        assertThat(toPage.getContentAsString())
                .as("the container's error page (ErrorPages) writes the body, not the filter")
                .isEmpty();

        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/feedback");
        api.setRemoteAddr("10.0.0.3");
        api.addHeader("Accept", "text/html");
        MockHttpServletResponse toApi = new MockHttpServletResponse();
        filter.doFilter(api, toApi, new MockFilterChain());
        assertThat(toApi.getStatus()).isEqualTo(429);
        assertThat(toApi.getContentType()).startsWith("application/problem+json");
    }

    private static MockHttpServletResponse call(PublicRateLimitFilter filter, String path, String ip) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(ip);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
