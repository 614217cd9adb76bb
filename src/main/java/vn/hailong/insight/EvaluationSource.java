package vn.hailong.insight;

/** Where an indicator's points came from; {@code NONE}: not computable from HaiLong's data (no points invented). */
public enum EvaluationSource {
    DOSSIER('D'),
    CATALOG('C'),
    RATING('R'),
    FEEDBACK('F'),
    NONE('N');

    private final char letter;

    EvaluationSource(char letter) {
        this.letter = letter;
    }

    char letter() {
        return letter;
    }

    public static EvaluationSource of(char letter) {
        for (EvaluationSource s : values()) {
            if (s.letter == letter) {
                return s;
            }
        }
        throw new IllegalArgumentException("source " + letter);
    }
}
