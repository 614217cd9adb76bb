package vn.hailong.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, and what they may see. Fail-closed: nobody signed in → {@link AgencyScope#NONE}. */
public final class CurrentUser {

    private CurrentUser() {}

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

    /**
     * Whether the caller may read citizens' personal data in full: viewers and provincial officials see
     * it masked (initials and the given name, the last digits of a phone) wherever it is shown.
     */
    public static boolean mayReadPersonalData() {
        return principal()
                .map(p -> p.role() != Role.VIEWER && p.role() != Role.PROVINCIAL_OFFICIAL)
                .orElse(false);
    }

    public static boolean hasRole(Role role) {
        return principal().map(p -> p.role() == role).orElse(false);
    }
}
