package vn.hailong.organization;

/** The heading of an official document: the superior body, the agency and the place it writes from. */
public record Letterhead(String agencyParent, String agencyName, String place) {}
