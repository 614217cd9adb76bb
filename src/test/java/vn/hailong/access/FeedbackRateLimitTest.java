package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The feedback form, its API, the status pages and the public directory all count against the public limit. */
class FeedbackRateLimitTest {

    @Test
    void publicFeedbackPathsAreLimited() throws Exception {
        for (String path : new String[] {
            "/gop-y",
            "/gop-y/GY-AAAA-BBBB",
            "/api/v1/feedback",
            "/api/v1/feedback/GY-AAAA-BBBB",
            "/cong-khai/gop-y",
            "/cong-khai/duong-day-nong"
        }) {
            PublicRateLimitFilter filter = new PublicRateLimitFilter(2, Bundles.MESSAGES);
            assertThat(call(filter, path).getStatus()).isEqualTo(200);
            assertThat(call(filter, path).getStatus()).isEqualTo(200);
            assertThat(call(filter, path).getStatus()).as(path).isEqualTo(429);
        }
    }

    private static MockHttpServletResponse call(PublicRateLimitFilter filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr("10.9.8.7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
