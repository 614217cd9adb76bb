package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import vn.hailong.shared.TooManyRequestsException;

/** Only a few documents are made at once; the next caller is told to come back, and a finished one frees its place. */
class HeavyDocumentsTest {

    static class Handlers {
        ResponseEntity<byte[]> pdf() {
            return null;
        }

        byte[] csv() {
            return null;
        }

        String page() {
            return null;
        }

        @vn.hailong.shared.StoredFile
        ResponseEntity<byte[]> attachment() {
            return null;
        }
    }

    final HeavyDocuments limit = new HeavyDocuments(2, 7);
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void theThirdConcurrentDocumentIsRefusedUntilOneFinishes() throws Exception {
        HandlerMethod pdf = handler("pdf");
        HandlerMethod csv = handler("csv");
        MockHttpServletRequest first = new MockHttpServletRequest();
        MockHttpServletRequest second = new MockHttpServletRequest();
        MockHttpServletRequest third = new MockHttpServletRequest();
        assertThat(limit.preHandle(first, response, pdf)).isTrue();
        assertThat(limit.preHandle(second, response, csv)).isTrue();
        assertThatThrownBy(() -> limit.preHandle(third, response, pdf))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isEqualTo(7));
        assertThat(limit.preHandle(new MockHttpServletRequest(), response, handler("page")))
                .as("pages are not limited")
                .isTrue();
        assertThat(limit.preHandle(new MockHttpServletRequest(), response, handler("attachment")))
                .as("stored files neither")
                .isTrue();

        limit.afterCompletion(first, response, pdf, null);
        limit.afterCompletion(first, response, pdf, null);
        assertThat(limit.preHandle(third, response, pdf)).isTrue();
        assertThatThrownBy(() -> limit.preHandle(new MockHttpServletRequest(), response, pdf))
                .as("a double release frees one place only")
                .isInstanceOf(TooManyRequestsException.class);
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }
}
