package vn.hailong.feedback;

/** A leader's published hotline: the unit, the person, the position and the number citizens may call. */
public record Hotline(long id, long agencyId, String agencyName, String fullName, String position, String phone) {}
