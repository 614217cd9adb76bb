package vn.hailong.letter;

import java.time.LocalDateTime;
import vn.hailong.dossier.Applicant;

/** A letter as the pages show it. */
public record Letter(
        long id,
        LetterKind kind,
        LetterStatus status,
        String dossierCode,
        long agencyId,
        String agencyName,
        String recipientName,
        String personName,
        String reason,
        LocalDateTime newDueAt,
        LocalDateTime dueAt,
        String title,
        String body,
        LocalDateTime createdAt,
        String approvedBy,
        LocalDateTime sentAt,
        String sentBy) {

    /** The letter with the recipient's and the mentioned person's names masked as dossiers mask applicants, in the text too. */
    Letter masked() {
        String text = body;
        for (String name : new String[] {recipientName, personName}) {
            if (text != null && name != null && !name.isBlank()) {
                text = text.replace(name.trim(), Applicant.maskedName(name));
            }
        }
        return new Letter(
                id,
                kind,
                status,
                dossierCode,
                agencyId,
                agencyName,
                Applicant.maskedName(recipientName),
                Applicant.maskedName(personName),
                reason,
                newDueAt,
                dueAt,
                title,
                text,
                createdAt,
                approvedBy,
                sentAt,
                sentBy);
    }
}
