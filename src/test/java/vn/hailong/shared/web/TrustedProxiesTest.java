package vn.hailong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded addresses count only when a configured proxy sent them; the client cannot pick its own address. */
class TrustedProxiesTest {

    private static HttpServletRequest seen(TrustedProxies filter, String peer, String forwardedFor, String proto)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/r/abc");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.addHeader("X-Forwarded-Proto", proto);
        }
        AtomicReference<HttpServletRequest> out = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> out.set((HttpServletRequest) req));
        return out.get();
    }

    @Test
    void aTrustedProxyGivesTheCitizensAddressAndScheme() throws Exception {
        TrustedProxies filter = new TrustedProxies("127.0.0.1, 10.0.0.0/8");
        HttpServletRequest r = seen(filter, "10.1.2.3", "203.0.113.7", "https");
        assertThat(r.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(r.isSecure()).isTrue();
        assertThat(r.getScheme()).isEqualTo("https");
        // two proxies of ours in a row: the right-most address that is not ours
        assertThat(seen(filter, "127.0.0.1", "203.0.113.7, 10.9.9.9", null).getRemoteAddr())
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aClientCannotChooseItsAddress() throws Exception {
        TrustedProxies filter = new TrustedProxies("10.0.0.0/8");
        // not from a proxy: the header is ignored
        HttpServletRequest direct = seen(filter, "198.51.100.9", "1.1.1.1", "https");
        assertThat(direct.getRemoteAddr()).isEqualTo("198.51.100.9");
        assertThat(direct.isSecure()).isFalse();
        // through the proxy, with a forged address first: nginx appends the real one, which wins
        assertThat(seen(filter, "10.0.0.5", "6.6.6.6, 198.51.100.9", null).getRemoteAddr())
                .isEqualTo("198.51.100.9");
        // garbage in the chain stops the walk at the last real address
        assertThat(seen(filter, "10.0.0.5", "evil\r\nX: y, 198.51.100.9", null).getRemoteAddr())
                .isEqualTo("198.51.100.9");
        assertThat(seen(filter, "10.0.0.5", "not-an-address", null).getRemoteAddr())
                .isEqualTo("10.0.0.5");
        // no proxies configured (the default): nothing is trusted
        assertThat(seen(new TrustedProxies(""), "127.0.0.1", "1.1.1.1", null).getRemoteAddr())
                .isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6AndBadSettings() throws Exception {
        TrustedProxies filter = new TrustedProxies("::1,fd00::/8");
        assertThat(seen(filter, "0:0:0:0:0:0:0:1", "2001:db8::5", null).getRemoteAddr())
                .isEqualTo("2001:db8::5");
        assertThat(filter.isTrusted("fd12:3456::1")).isTrue();
        assertThat(filter.isTrusted("fe80::1")).isFalse();
        assertThatThrownBy(() -> new TrustedProxies("proxy.example.vn")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/33")).hasMessageContaining("bad prefix");
    }
}
