package vn.hailong.report;

import java.time.LocalDateTime;

/**
 * A background export as its requester sees it: what (kind, unit, period), its status (QUEUED, RUNNING,
 * DONE, FAILED, EXPIRED), the file's name and size when done, the error when it failed, and when the file
 * expires. The file itself is fetched separately.
 */
public record ExportJob(
        long id,
        ExportKind kind,
        String unit,
        String period,
        String status,
        String requestedBy,
        String fileName,
        Long sizeBytes,
        String error,
        LocalDateTime createdAt,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        LocalDateTime expiresAt) {

    public boolean pending() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    public boolean ready() {
        return "DONE".equals(status);
    }
}
