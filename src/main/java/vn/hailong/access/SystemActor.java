package vn.hailong.access;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work of the system itself (scheduled jobs, the demo loader) as the named actor, with full scope. */
public final class SystemActor {

    /** The principal of system work; its name is what the audit log records. */
    record SystemPrincipal(String name) implements ScopedPrincipal, Serializable, java.security.Principal {

        @Override
        public Role role() {
            return Role.SYSTEM_ADMIN;
        }

        @Override
        public AgencyScope scope() {
            return AgencyScope.EVERYTHING;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private SystemActor() {}

    public static <T> T call(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                new SystemPrincipal(actor), null, List.of(new SimpleGrantedAuthority(Role.SYSTEM_ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String actor, Runnable work) {
        call(actor, () -> {
            work.run();
            return null;
        });
    }
}
