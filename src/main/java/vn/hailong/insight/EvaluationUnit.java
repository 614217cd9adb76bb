package vn.hailong.insight;

import java.util.List;

/**
 * One unit's (agency's) quarter of the citizen's evaluation: the rules it follows (Decree 61's nine indicators up to
 * 2025-Q2, read-only; Decree 118 Art. 33's nine contents after, scored by the province's local rule), the finished
 * dossiers scored ({@code n}), their average out of 18 and per-indicator averages (each over the dossiers where it was
 * computable), the self-score and the appraised score when entered, and the classification of each.
 */
public record EvaluationUnit(
        String key,
        String label,
        String quarter,
        Rulebook rulebook,
        long n,
        Double average,
        List<IndicatorAverage> indicators,
        EvaluationClass classification,
        Assessment selfScore,
        EvaluationClass selfClassification,
        Assessment appraisedScore,
        EvaluationClass appraisedClassification) {

    /**
     * An indicator's (Decree 61: CT1..CT9) or content's (Art. 33: a..i, {@code letter} as the decree writes it)
     * average points (0..2) over the {@code n} dossiers where it could be computed.
     */
    public record IndicatorAverage(String code, String letter, long n, Double average) {}

    /** A score entered by a person, with the note and who entered it when. */
    public record Assessment(double score, String note, String by, java.time.LocalDateTime at) {}
}
