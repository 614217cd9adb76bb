package vn.hailong.organization;

/** A one-stop desk (bộ phận một cửa) of an agency. */
public record Desk(long id, long agencyId, String name, String location) {}
