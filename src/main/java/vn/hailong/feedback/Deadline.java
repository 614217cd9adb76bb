package vn.hailong.feedback;

import java.time.LocalDateTime;

/** One clock of a case: the step, when it is due, when it was done (if it was), and working days left. */
record Deadline(String step, LocalDateTime dueAt, LocalDateTime doneAt, int workingDaysLeft, boolean late) {}
