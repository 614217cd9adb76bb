package vn.hailong.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A redirect whose target carries a control character (a CR/LF from a path or form value that a page put
 * into {@code "redirect:/..." + value}) becomes a 400 instead of a forged header or a server error.
 */
@Component
@Order(0) // inside Spring Security's filters, whose firewall would otherwise throw on the CR/LF first
class SafeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (unsafe(location)) {
                    sendError(HttpServletResponse.SC_BAD_REQUEST);
                } else {
                    super.sendRedirect(location);
                }
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                if (unsafe(location)) {
                    sendError(HttpServletResponse.SC_BAD_REQUEST);
                } else {
                    super.sendRedirect(location, sc, clearBuffer);
                }
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) && unsafe(value) ? "/" : value);
            }
        });
    }

    static boolean unsafe(String location) {
        return location != null && location.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
