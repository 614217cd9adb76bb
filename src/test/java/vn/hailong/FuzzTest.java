package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/**
 * Bad input never costs a 5xx: every endpoint Spring knows (so new ones are covered too) gets malformed and
 * oversized bodies, absurd dates and numbers, unicode, wrong enum values and CR/LF, anonymously and as the
 * administrator. Seeded (-Dfuzz.seed=...) for reproducibility; the run stops after a budget of requests or
 * time, whichever comes first.
 */
class FuzzTest extends AppTest {

    static final long SEED = Long.getLong("fuzz.seed", 15L);
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 45L));

    static final List<String> VALUES = List.of(
            "",
            "0",
            "-1",
            "1",
            "22",
            "22-06685",
            "99999999999999999999",
            "1e309",
            "NaN",
            "99999-01-01",
            "+999999999-12-31",
            "2025-13-45",
            "0000-00-00",
            "2025-02-30",
            "1900-01-01",
            "2025-06",
            "2025-Q5",
            "9999-W99",
            "abc",
            "UNKNOWN_ENUM",
            "true",
            "null",
            "Hồng Gai 🏛️",
            "\u0000",
            "a\r\nSet-Cookie: x=y",
            "http://evil.example/",
            "//evil.example",
            "../../etc/passwd",
            "'; drop table dossier; --",
            "<script>alert(1)</script>",
            "x".repeat(5000));
    static final List<String> DATES = List.of(
            "99999-01-01",
            "+999999999-12-31",
            "-0001-01-01",
            "0000",
            "0001-01-01",
            "9999-12-31",
            "2025-13",
            "2025-Q0",
            "2025-01-01..2024-01-01",
            "1e9");
    static final List<String> BODIES = List.of(
            "{",
            "[]",
            "null",
            "\"x\"",
            "{\"a\":",
            "{\"kind\":\"NOPE\",\"from\":\"99999-01-01\"}",
            "{\"code\":1e999,\"text\":[1,2],\"phone\":{}}",
            "{\"password\":\"" + "á".repeat(100) + "\"}",
            "\uFEFF{}",
            "{\"x\":\"" + "y".repeat(2_000_000) + "\"}");
    /** Ending the fuzzer's own session, or resetting its password, would only stop the run early. */
    static final Set<String> SKIP = Set.of("/dang-xuat", "/quan-tri/nguoi-dung/{id}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noEndpointAnswersBadInputWithA5xx() {
        Random random = new Random(SEED);
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(100);
        Browser admin = browser();
        admin.signIn("admin", "hailong-demo");
        String session = admin.cookie("SESSION");
        String csrfCookie = admin.cookie("XSRF-TOKEN");
        String csrfToken = Browser.csrf(admin.get("/").body());
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int sent = 0;
        for (int round = 0; round < 6 && System.nanoTime() < deadline; round++) {
            for (Endpoint e : endpoints) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                boolean asAdmin = random.nextBoolean();
                HttpRequest request =
                        request(e, random, asAdmin ? session : null, asAdmin ? csrfCookie : null, csrfToken);
                int status = send(request);
                sent++;
                if (status >= 500) {
                    failures.add(status + " " + request.method() + " " + request.uri() + (asAdmin ? " (admin)" : ""));
                }
            }
        }
        System.out.println(
                "FuzzTest: seed " + SEED + ", " + sent + " requests over " + endpoints.size() + " endpoints");
        assertThat(sent).isGreaterThan(endpoints.size());
        assertThat(failures).as("5xx answers (seed " + SEED + ")").isEmpty();
    }

    private HttpRequest request(Endpoint e, Random random, String session, String csrfCookie, String csrf) {
        StringBuilder path = new StringBuilder();
        for (String part : e.pattern().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher v = java.util.regex.Pattern.compile("\\{([^}:]*)(?::([^}]*))?}|\\*\\*|\\*")
                    .matcher(part);
            StringBuilder segment = new StringBuilder();
            while (v.find()) {
                String choices = v.group(2);
                String value = choices != null && choices.matches("[\\w|-]+") && random.nextBoolean()
                        ? pick(random, List.of(choices.split("\\|")))
                        : pick(random, VALUES);
                v.appendReplacement(
                        segment,
                        java.util.regex.Matcher.quoteReplacement(enc(value).replace("+", "%20")));
            }
            v.appendTail(segment);
            path.append('/').append(segment);
        }
        StringBuilder query = new StringBuilder();
        for (String name : e.params()) {
            if (random.nextInt(4) > 0) {
                String value = name.matches("(?i).*(from|to|at|day|date|month|period|quarter)") && random.nextBoolean()
                        ? pick(random, DATES)
                        : pick(random, VALUES);
                query.append(query.isEmpty() ? "?" : "&")
                        .append(enc(name))
                        .append('=')
                        .append(enc(value));
            }
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + (path.isEmpty() ? "/" : path) + query))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", random.nextBoolean() ? "text/html" : "application/json");
        if (session != null) {
            b.header("Cookie", "SESSION=" + session + "; XSRF-TOKEN=" + csrfCookie)
                    .header("X-XSRF-TOKEN", csrf);
            if (e.pattern().startsWith("/api/") || e.pattern().startsWith("/actuator/")) {
                b.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("admin:hailong-demo".getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (e.method().equals("GET") || e.method().equals("DELETE")) {
            return b.method(e.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return switch (random.nextInt(3)) {
            case 0 ->
                b.header("Content-Type", "application/json")
                        .method(e.method(), HttpRequest.BodyPublishers.ofString(pick(random, BODIES)))
                        .build();
            case 1 ->
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(
                                e.method(),
                                HttpRequest.BodyPublishers.ofString(
                                        form(e, random) + (session == null ? "" : "&_csrf=" + enc(csrf))))
                        .build();
            default ->
                b.header("Content-Type", "multipart/form-data; boundary=zz")
                        .method(
                                e.method(),
                                HttpRequest.BodyPublishers.ofString(
                                        "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n\r\n"
                                                + pick(random, VALUES) + "\r\n--zz--\r\n"))
                        .build();
        };
    }

    private static String form(Endpoint e, Random random) {
        List<String> names = new ArrayList<>(e.params());
        names.addAll(List.of(
                "text", "password", "newPassword", "from", "to", "period", "kind", "category", "agency", "count"));
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(pick(random, VALUES)));
        }
        return out.toString();
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException ex) {
            return 0; // the server closed a connection it did not want (e.g. a body over the limit): not a 5xx
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Every (method, path pattern) the application maps, with the names of its request parameters. */
    private List<Endpoint> endpoints() {
        Set<Endpoint> out = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            List<String> params = new ArrayList<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null) {
                    String name = !rp.name().isEmpty()
                            ? rp.name()
                            : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                    if (name != null) {
                        params.add(name);
                    }
                }
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (SKIP.contains(pattern)) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    out.add(new Endpoint(m.name(), pattern, List.copyOf(params)));
                }
            }
        });
        out.add(new Endpoint("GET", "/error", List.of()));
        return new ArrayList<>(out);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Endpoint(String method, String pattern, List<String> params) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            return (pattern + " " + method).compareTo(o.pattern + " " + o.method);
        }
    }
}
