package vn.hailong.access;

/** A signed-in user or an integration's API key: a name, a role and a scope. */
public interface ScopedPrincipal {

    String name();

    Role role();

    AgencyScope scope();
}
