package vn.hailong.letter;

/** Why a letter is written. */
public enum LetterKind {
    APOLOGY,
    CONGRATULATION,
    CONDOLENCE,
    THANKS
}
