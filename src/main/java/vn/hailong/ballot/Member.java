package vn.hailong.ballot;

/** A committee member present at the opening: the role's code and the person's full name. */
public record Member(String role, String name) {}
