package vn.hailong.ballot;

import java.time.LocalDateTime;

/** A seal found broken or not the registered one at an opening: flagged to the province. */
record Incident(
        long id,
        long sessionId,
        long agencyId,
        String agencyName,
        String period,
        String sealExpected,
        String sealFound,
        String note,
        LocalDateTime recordedAt,
        String recordedBy) {}
