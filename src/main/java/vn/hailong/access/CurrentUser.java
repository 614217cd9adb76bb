package vn.hailong.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, and what they may see. Fail-closed: nobody signed in → {@link AgencyScope#NONE}. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static AgencyScope scope() {
        return principal().map(ScopedPrincipal::scope).orElse(AgencyScope.NONE);
    }

    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public static Optional<ScopedPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public static boolean hasRole(Role role) {
        return principal().map(p -> p.role() == role).orElse(false);
    }
}
