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

    private static MockHttpServletResponse call(PublicRateLimitFilter filter, String path, String ip) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(ip);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
