package vn.hailong.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who signs in. Serializable: it lives in the shared JDBC session. */
public final class UserAccount implements UserDetails, CredentialsContainer, ScopedPrincipal {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final String provinceCode;
    private final Long agencyId;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;

    public UserAccount(
            long id,
            String username,
            String passwordHash,
            String fullName,
            Role role,
            String provinceCode,
            Long agencyId,
            boolean enabled,
            Instant lockedUntil) {
        this(id, username, passwordHash, fullName, role, provinceCode, agencyId, enabled, lockedUntil, false);
    }

    /** {@code mustChangePassword}: an administrator set the password; the user chooses a new one before anything else. */
    public UserAccount(
            long id,
            String username,
            String passwordHash,
            String fullName,
            Role role,
            String provinceCode,
            Long agencyId,
            boolean enabled,
            Instant lockedUntil,
            boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.provinceCode = provinceCode;
        this.agencyId = agencyId;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long id() {
        return id;
    }

    @Override
    public String name() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public Role role() {
        return role;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Long agencyId() {
        return agencyId;
    }

    @Override
    public AgencyScope scope() {
        return switch (role) {
            case SYSTEM_ADMIN -> AgencyScope.EVERYTHING;
            case PROVINCIAL_OFFICIAL -> AgencyScope.province(provinceCode);
            default -> AgencyScope.agency(agencyId);
        };
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null; // the repository leaves out a lock that has run out
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
