package vn.hailong.ballot;

import java.time.LocalDateTime;

/** One seal a box carried: when and by whom it was put on, and whether it was intact when the box was opened. */
record SealRecord(
        String sealNumber,
        LocalDateTime sealedAt,
        String sealedBy,
        Long sessionId,
        LocalDateTime openedAt,
        Boolean foundIntact) {}
