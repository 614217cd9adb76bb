package vn.hailong.report;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.Role;
import vn.hailong.access.ScopedPrincipal;

/** The requester of an export, as recorded when it was asked: the worker produces the file as them, within that scope. */
record ExportRequester(String name, Role role, AgencyScope scope) implements ScopedPrincipal, java.security.Principal {

    @Override
    public String getName() {
        return name;
    }

    <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                this, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
