package vn.hailong.insight;

/**
 * One unit or officer in a ranking: its value (a fraction 0..1) on {@code n} with its Wilson 95% interval,
 * its rank, which is its <b>band</b> (1 = the leader and every group whose interval overlaps the leader's;
 * see {@link Ranking}), null when n is below the minimum ({@code enough} false: "not enough answers") or
 * when fewer than two groups have enough answers; its band in the previous period and the movement in bands
 * (positive = moved up; 0 when the move is within noise; null when either period is unranked).
 */
public record RankingEntry(
        String key,
        String label,
        long n,
        Double value,
        double ciLow,
        double ciHigh,
        Integer rank,
        Integer previousRank,
        Integer movement,
        boolean enough) {}
