package vn.hailong.insight;

import java.util.List;

/**
 * One unit's (agency's) Decree 61 quarter: the finished dossiers scored ({@code n}), their average out of 18 and
 * per-indicator averages (each over the dossiers where it was computable), the self-score and the appraised score
 * when entered, and the classification of each.
 */
public record Decree61Unit(
        String key,
        String label,
        String quarter,
        long n,
        Double average,
        List<IndicatorAverage> indicators,
        Decree61Class classification,
        Assessment selfScore,
        Decree61Class selfClassification,
        Assessment appraisedScore,
        Decree61Class appraisedClassification) {

    /** An indicator's average points (0..2) over the {@code n} dossiers where it could be computed. */
    public record IndicatorAverage(String code, Decree61Indicator indicator, long n, Double average) {}

    /** A score entered by a person, with the note and who entered it when. */
    public record Assessment(double score, String note, String by, java.time.LocalDateTime at) {}
}
