package vn.hailong.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Three chains: the citizens' and kiosks' rating calls (anonymous, nothing to remember), the API (HTTP Basic or an API key, stateless, problem details) and the pages (form
 * sign-in with CSRF, sessions kept in the database so that several instances share them).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableJdbcHttpSession(tableName = "spring_session", maxInactiveIntervalInSeconds = 8 * 3600)
class SecurityConfig {

    /** Read-only reference data anyone may use; everything else under /api needs a user or a key. */
    static final String[] PUBLIC_API = {
        "/api/v1/units",
        "/api/v1/units/**",
        "/api/v1/procedures",
        "/api/v1/procedures/**",
        "/api/v1/fields",
        "/api/v1/calendar/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * Spring Security's per-filter observations (tracing spans for every filter of every request) cost more
     * than a rating's whole SQL; request metrics (http.server.requests) stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The rating hot path: a citizen's token or a kiosk's device token is the credential (checked by the
     * rating module), so this chain has no session, no sign-in and no saved request — only the headers.
     */
    @Bean
    @Order(0)
    SecurityFilterChain ratingCalls(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatchers(m -> m.requestMatchers(
                        paths.matcher(HttpMethod.POST, "/api/v1/ratings"),
                        paths.matcher(HttpMethod.GET, "/api/v1/rating-forms/**"),
                        paths.matcher(HttpMethod.GET, "/api/v1/kiosk/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ProblemEntryPoint problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API)
                        .permitAll()
                        // A survey response carries its invitation's token; without one the survey module requires a
                        // signed-in interviewer.
                        .requestMatchers(HttpMethod.POST, "/api/v1/survey/responses")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/feedback/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequired(), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * Actuator: health is public (load balancers); metrics and everything else need a system administrator
     * (Prometheus scrapes with HTTP Basic). {@code management.server.port} moves all of it to a separate port.
     */
    @Bean
    @Order(2)
    SecurityFilterChain management(HttpSecurity http, ProblemEntryPoint problems) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.SYSTEM_ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * The pages. An anonymous visitor leaves no session row behind: the page asked for before signing in is
     * remembered in a cookie, and the CSRF token lives in a cookie (HttpOnly; forms carry it as a hidden field).
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/dang-nhap",
                                "/r/**",
                                "/danh-gia",
                                "/khao-sat/**",
                                "/kiosk",
                                "/kiosk-sw.js",
                                "/survey-sw.js",
                                "/gop-y",
                                "/gop-y/**",
                                "/cong-khai",
                                "/cong-khai/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .hasRole(Role.SYSTEM_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .requestCache(c -> c.requestCache(new CookieRequestCache()))
                .addFilterAfter(
                        new PasswordChangeRequired(),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                // The citizen's rating and survey pages are protected by their unguessable one-time tokens, not by a
                // session;
                // the public feedback pages act for nobody signed in (abuse is handled by the rate limit and the
                // challenge).
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/r/**", "/danh-gia", "/khao-sat/**", "/gop-y", "/gop-y/**"))
                .formLogin(f -> f.loginPage("/dang-nhap")
                        .loginProcessingUrl("/dang-nhap")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/dang-nhap?error")
                        .permitAll())
                .logout(l -> l.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "true".equals(request.getHeader("HX-Request"))));
        return http.build();
    }
}
