package vn.hailong.shared;

import java.net.URI;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address citizens reach HaiLong at, printed in every QR code, short link and message
 * ({@code hailong.public-url}, e.g. {@code https://hailong.quangninh.gov.vn}). Outside demo mode it must be set:
 * the application refuses to start without it rather than print {@code localhost} on a citizen's receipt.
 */
@Component
public class PublicUrl {

    static final String DEMO_DEFAULT = "http://localhost:8080";

    private final String base;

    PublicUrl(Environment env) {
        String configured = env.getProperty("hailong.public-url", "").strip();
        boolean demo = Arrays.asList(env.getActiveProfiles()).contains("demo");
        if (configured.isEmpty() && !demo) {
            throw new IllegalStateException(
                    "hailong.public-url (HAILONG_PUBLIC_URL) is not set. It is the address citizens reach"
                            + " HaiLong at, printed in every QR code and link, e.g. HAILONG_PUBLIC_URL=https://hailong.quangninh.gov.vn");
        }
        String url = configured.isEmpty() ? DEMO_DEFAULT : configured;
        URI uri = URI.create(url);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new IllegalStateException(
                    "hailong.public-url must be an http(s) address such as https://hailong.quangninh.gov.vn, not "
                            + url);
        }
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The base without a trailing slash, e.g. {@code https://hailong.quangninh.gov.vn}. */
    public String base() {
        return base;
    }

    /** An absolute link to a path such as {@code /r/abc}. */
    public String to(String path) {
        return base + path;
    }
}
