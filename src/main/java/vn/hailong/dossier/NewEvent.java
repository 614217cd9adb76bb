package vn.hailong.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An event sent to a dossier. {@code eventId} makes it idempotent. A hand-over names the agency (and
 * officer) taking the next step and its allotted working days; an extension names the new due time.
 */
public record NewEvent(
        @NotBlank @Size(max = 80) String eventId,
        @NotNull EventType type,
        LocalDateTime at,
        Long agencyId,
        Long officerId,
        Integer allottedDays,
        LocalDateTime newDueAt,
        @Size(max = 1000) String note) {}
