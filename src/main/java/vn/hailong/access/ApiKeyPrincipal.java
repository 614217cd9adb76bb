package vn.hailong.access;

import java.io.Serializable;

/** An integration (e.g. the province's one-stop software) calling with an API key scoped to agencies. */
public record ApiKeyPrincipal(long id, String name, AgencyScope scope)
        implements ScopedPrincipal, Serializable, java.security.Principal {

    @Override
    public String getName() {
        return "api-key:" + name;
    }

    @Override
    public Role role() {
        return Role.INTEGRATION;
    }
}
