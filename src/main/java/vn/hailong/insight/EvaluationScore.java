package vn.hailong.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One finished dossier's evaluation: the points (0..2, null when not computable) and source of each of the nine
 * indicators, and the score out of 18 over the computable ones (points × 18 ÷ (2 × computable indicators)),
 * so that an indicator HaiLong cannot know neither adds nor costs points.
 */
public record EvaluationScore(
        long dossierId, long agencyId, LocalDate finishedOn, List<Integer> points, List<EvaluationSource> sources) {

    public EvaluationScore {
        points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
        sources = List.copyOf(sources);
    }

    public int total() {
        return points.stream()
                .filter(p -> p != null)
                .mapToInt(Integer::intValue)
                .sum();
    }

    public int computable() {
        return (int) points.stream().filter(p -> p != null).count();
    }

    /** Out of 18, four decimals (stored exactly, so sums over a quarter are the same however they are made). */
    public BigDecimal score() {
        int k = computable();
        return k == 0
                ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(9L * total()).divide(BigDecimal.valueOf(k), 4, RoundingMode.HALF_UP);
    }

    public String sourceLetters() {
        StringBuilder b = new StringBuilder();
        sources.forEach(s -> b.append(s.letter()));
        return b.toString();
    }
}
