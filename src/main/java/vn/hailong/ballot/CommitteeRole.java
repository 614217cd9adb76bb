package vn.hailong.ballot;

/** A role on the opening committee (rows of {@code ballot_role}: configurable). */
record CommitteeRole(String code, String name) {}
