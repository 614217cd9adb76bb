package vn.hailong.letter;

/** What the letter list narrows to ({@code ?kind=&status=}, both optional): the letter's kind and its state. */
public record LetterFilter(LetterKind kind, LetterStatus status) {

    public static final LetterFilter ALL = new LetterFilter(null, null);
}
