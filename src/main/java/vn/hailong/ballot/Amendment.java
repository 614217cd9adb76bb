package vn.hailong.ballot;

import java.time.LocalDateTime;

/** A correction of closed minutes: who, when, why and what changed. */
public record Amendment(LocalDateTime at, String actor, String reason, String changes) {}
