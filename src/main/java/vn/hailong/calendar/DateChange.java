package vn.hailong.calendar;

import java.time.LocalDateTime;

/**
 * A date elsewhere in the product that a calendar decision moves: a dossier's due time, a ballot box's opening.
 *
 * @param subject   message key of what it is (e.g. {@code calendar.change.dossierDue})
 * @param reference what identifies it to a person (a dossier code; an agency, box and month)
 */
public record DateChange(String subject, String reference, LocalDateTime before, LocalDateTime after) {}
