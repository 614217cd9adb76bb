package vn.hailong.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an administrator set may do nothing but choose a new one (and sign out): pages
 * redirect to the change page, API calls other than the change itself are refused with 403.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/tai-khoan/mat-khau";
    static final String API = "/api/v1/me/password";
    private static final List<String> ALWAYS =
            List.of(PAGE, API, "/dang-xuat", "/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getPrincipal() instanceof UserAccount u
                && u.mustChangePassword()
                && ALWAYS.stream().noneMatch(path::startsWith)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
