package vn.hailong.feedback;

import java.time.LocalDateTime;

/** One step of a case's timeline. */
record CaseEvent(LocalDateTime at, String actor, String action, String note) {}
