package vn.hailong.insight;

/**
 * One unit or officer in a ranking: its value (a fraction 0..1) on {@code n}, its rank (null when n is
 * below the minimum: "not enough answers", never ranked), its rank in the previous period and the
 * movement (positive = moved up; null when either period is unranked).
 */
public record RankingEntry(String key, String label, long n, Double value, double ciLow, double ciHigh, Integer rank,
        Integer previousRank, Integer movement, boolean enough) {
}
