package vn.hailong.letter;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Whether the letter names a person the officer has to write in (the child born, the deceased). */
    public boolean needsPerson() {
        return kind != LetterKind.APOLOGY && body != null && body.contains("{person}");
    }

    /** The placeholders a text still holds, e.g. {@code [person]}: an approved letter holds none. */
    public static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The text to print: a draft shows what the officer wrote in so far, and a blank line (never a {@code {person}})
     * where something is still to be written.
     */
    public String printableBody() {
        String text = body == null ? "" : body;
        if (personName != null) {
            text = text.replace("{person}", personName);
        }
        if (reason != null) {
            text = text.replace("{reason}", reason);
        }
        return PLACEHOLDER.matcher(text).replaceAll("……………………");
    }

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
