package vn.hailong.organization;

/** An officer of an agency, possibly sitting at a desk. Contact details are personal data. */
public record Officer(
        long id,
        long agencyId,
        Long deskId,
        String fullName,
        String position,
        String email,
        String phone,
        boolean active) {}
