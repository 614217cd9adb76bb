package vn.hailong.access;

/** A user as the administration pages show it (never the password hash). */
public record UserView(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        String provinceCode,
        Long agencyId,
        String agencyName,
        boolean enabled,
        boolean locked) {}
