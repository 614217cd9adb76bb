package vn.hailong.rating;

import java.time.LocalDateTime;

/** A counter tablet registered to a desk; its secret token is never kept, only its hash. */
record KioskDevice(
        long id,
        long agencyId,
        String agencyName,
        long deskId,
        String deskName,
        String name,
        Instrument instrument,
        LocalDateTime createdAt,
        LocalDateTime revokedAt,
        LocalDateTime lastSeenAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
