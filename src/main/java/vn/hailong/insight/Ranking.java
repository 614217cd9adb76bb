package vn.hailong.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hailong.shared.Wilson;

/**
 * The ranking rules: only groups with at least {@code minN} are ranked, best value first, equal values
 * share a rank and the next rank skips (1, 2, 2, 4); the others follow as "not enough answers".
 */
public record Ranking(String level, String parent, Measure measure, Period period, int minN, List<RankingEntry> entries) {

    /** A group's count: {@code n} and how many of them count for the measure (satisfied, early or on time). */
    public record Score(String key, String label, long n, long good) {
    }

    static List<RankingEntry> rank(List<Score> current, List<Score> previous, int minN) {
        Map<String, Integer> before = ranks(previous, minN);
        Map<String, Integer> now = ranks(current, minN);
        List<RankingEntry> out = new ArrayList<>();
        for (Score s : current) {
            Wilson w = Wilson.of(s.good(), s.n());
            Integer rank = now.get(s.key());
            Integer prev = before.get(s.key());
            out.add(new RankingEntry(s.key(), s.label(), s.n(), s.n() == 0 ? null : (double) s.good() / s.n(), w.low(),
                    w.high(), rank, prev, rank != null && prev != null ? prev - rank : null, rank != null));
        }
        out.sort(Comparator.comparing((RankingEntry e) -> e.rank() == null ? Integer.MAX_VALUE : e.rank())
                .thenComparing(RankingEntry::label, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static Map<String, Integer> ranks(List<Score> scores, int minN) {
        List<Score> eligible = new ArrayList<>(scores.stream().filter(s -> s.n() > 0 && s.n() >= minN).toList());
        eligible.sort((a, b) -> compare(b, a));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < eligible.size(); i++) {
            boolean tie = i > 0 && compare(eligible.get(i), eligible.get(i - 1)) == 0;
            ranks.put(eligible.get(i).key(), tie ? ranks.get(eligible.get(i - 1).key()) : i + 1);
        }
        return ranks;
    }

    /** Compares good/n exactly (cross-multiplied, no rounding). */
    private static int compare(Score a, Score b) {
        return Long.compare(a.good() * b.n(), b.good() * a.n());
    }
}
