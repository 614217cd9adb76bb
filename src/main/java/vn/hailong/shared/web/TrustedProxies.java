package vn.hailong.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hailong.shared.HaiLongProperties;

/**
 * Behind nginx or a load balancer: the citizen's address and the scheme come from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}, but only when the request arrives from a configured trusted proxy
 * ({@code hailong.trusted-proxies}: addresses or CIDR blocks, comma-separated, e.g. {@code 127.0.0.1,10.0.0.0/8}).
 * From anyone else the headers are ignored, so a client cannot choose its own rate-limit bucket. The client is
 * the right-most address of the chain that is not a trusted proxy (addresses to its left were written by the client).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

    private final List<Block> trusted;

    @Autowired
    public TrustedProxies(HaiLongProperties properties) {
        this(properties.trustedProxies());
    }

    public TrustedProxies(String proxies) {
        List<Block> blocks = new ArrayList<>();
        for (String p : proxies.split(",")) {
            if (!p.isBlank()) {
                blocks.add(Block.parse(p.strip()));
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return trusted.isEmpty() || !isTrusted(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = client(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        boolean secure = proto == null ? request.isSecure() : proto.equalsIgnoreCase("https");
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }

                    @Override
                    public String getRemoteHost() {
                        return client;
                    }

                    @Override
                    public boolean isSecure() {
                        return secure;
                    }

                    @Override
                    public String getScheme() {
                        return secure ? "https" : "http";
                    }
                },
                response);
    }

    /** The right-most address of the forwarded chain that is not one of ours (the peer when there is none). */
    String client(String peer, java.util.Enumeration<String> forwardedFor) {
        List<String> chain = new ArrayList<>();
        while (forwardedFor != null && forwardedFor.hasMoreElements()) {
            for (String a : forwardedFor.nextElement().split(",")) {
                if (!a.isBlank()) {
                    chain.add(a.strip());
                }
            }
        }
        String client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String a = chain.get(i);
            if (!Block.isAddress(a)) {
                break; // garbage in the header: keep the last address we could trust
            }
            client = a;
            if (!isTrusted(a)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        return trusted.stream().anyMatch(b -> b.contains(address));
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].strip();
    }

    /** An address or a CIDR block, IPv4 or IPv6. */
    record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalStateException(
                        "hailong.trusted-proxies: " + text + " is not an IP address or CIDR block");
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalStateException("hailong.trusted-proxies: bad prefix in " + text);
            }
            return new Block(address, prefix);
        }

        boolean contains(String text) {
            byte[] a = literal(text);
            if (a == null || a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        static boolean isAddress(String text) {
            return literal(text) != null;
        }

        /** The bytes of an IP literal, never a DNS lookup (null for anything else). */
        private static byte[] literal(String text) {
            String t = text.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.isEmpty()
                    || !(t.matches("[0-9.]+") && t.chars().filter(c -> c == '.').count() == 3
                            || t.matches("[0-9a-fA-F:.]+") && t.contains(":"))) {
                return null;
            }
            try {
                return InetAddress.getByName(t).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
