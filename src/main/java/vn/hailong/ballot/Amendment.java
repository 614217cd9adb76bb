package vn.hailong.ballot;

import java.time.LocalDateTime;

/** A correction of closed minutes: who, when, why and what changed. */
record Amendment(LocalDateTime at, String actor, String reason, String changes) {}
