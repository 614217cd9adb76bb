package vn.hailong.insight;

/** Where an indicator's points came from; {@code NONE}: not computable from HaiLong's data (no points invented). */
public enum Decree61Source {
    DOSSIER('D'),
    CATALOG('C'),
    RATING('R'),
    FEEDBACK('F'),
    NONE('N');

    private final char letter;

    Decree61Source(char letter) {
        this.letter = letter;
    }

    char letter() {
        return letter;
    }

    static Decree61Source of(char letter) {
        for (Decree61Source s : values()) {
            if (s.letter == letter) {
                return s;
            }
        }
        throw new IllegalArgumentException("source " + letter);
    }
}
