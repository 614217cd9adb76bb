package vn.hailong.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what one address may ask of the public endpoints (reference data, citizens' pages and the
 * sign-in form): past the limit, 429 with Retry-After.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final List<String> publicPrefixes = List.of(
            "/api/v1/units",
            "/api/v1/procedures",
            "/api/v1/fields",
            "/api/v1/calendar",
            "/dang-nhap",
            "/r/",
            "/kiosk",
            "/gop-y",
            "/cong-khai",
            "/danh-gia",
            "/api/v1/public",
            "/api/v1/ratings",
            "/api/v1/rating-forms",
            "/api/v1/feedback");
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final long perMinute;
    private final MessageSource messages;

    @Autowired
    PublicRateLimitFilter(AccessProperties properties, MessageSource messages) {
        this(properties.publicRateLimit().perMinute(), messages);
    }

    PublicRateLimitFilter(long perMinute, MessageSource messages) {
        this.perMinute = perMinute;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicPrefixes.stream().noneMatch(path::startsWith);
    }

    private static boolean isPageForAPerson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(
                request.getRemoteAddr(),
                ip -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (isPageForAPerson(request)) {
            // a citizen's browser gets the Vietnamese error page (ErrorPages), not JSON
            response.sendError(429);
            return;
        }
        response.setStatus(429);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"urn:hailong:problem:rate-limit\",\"title\":\"" + text("error.title.429")
                        + "\",\"status\":429,\"detail\":\""
                        + text("access.rateLimit.detail", String.valueOf(seconds)) + "\"}");
    }

    /** The answer is in Vietnamese (as before the bundles held it); the texts hold no quote or backslash. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
