package vn.hailong.ballot;

/** A role on the opening committee (rows of {@code ballot_role}: configurable). */
public record CommitteeRole(String code, String name) {}
