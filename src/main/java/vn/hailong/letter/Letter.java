package vn.hailong.letter;

import java.time.LocalDateTime;

/** A letter as the pages show it. */
public record Letter(long id, LetterKind kind, LetterStatus status, String dossierCode, long agencyId, String agencyName,
        String recipientName, String personName, String reason, LocalDateTime newDueAt, LocalDateTime dueAt, String title,
        String body, LocalDateTime createdAt, String approvedBy, LocalDateTime sentAt, String sentBy) {
}
