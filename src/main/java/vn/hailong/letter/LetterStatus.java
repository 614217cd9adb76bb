package vn.hailong.letter;

/** A letter is drafted, approved by the unit leader, then sent (e-mail, SMS) or printed. */
public enum LetterStatus {
    DRAFT,
    APPROVED,
    SENT,
    CANCELLED
}
