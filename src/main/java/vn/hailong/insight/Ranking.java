package vn.hailong.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.shared.Wilson;

/**
 * The ranking rules (docs/statistics.md, "Rankings"): only groups with at least {@code minN} answers are
 * ranked, and only when at least two are; they are ranked in <b>bands</b>: the best group and every group
 * whose Wilson 95% interval overlaps the best one's form band 1, the best of the rest and those overlapping
 * it band 2, and so on. Equal values always share a band. The others follow as "not enough answers".
 * A move between bands is shown only when the group's own value changed beyond noise (Newcombe's 95%
 * interval for the difference of two proportions excludes 0, in the direction of the move); otherwise 0.
 */
public record Ranking(
        String level, String parent, Measure measure, Period period, int minN, List<RankingEntry> entries) {

    /**
     * A group's count: {@code n} and how many of them count for the measure (satisfied, early or on time), and the
     * effective sample size of its estimator ({@code n} for dossiers; fewer for ratings' answers, see
     * {@link RatingSums}): the interval is Wilson's at it.
     */
    public record Score(String key, String label, long n, long good, double effectiveN) {

        public Score(String key, String label, long n, long good) {
            this(key, label, n, good, n);
        }

        static Score of(String key, String label, RatingSums s) {
            return new Score(key, label, s.sm(), s.sy(), s.effectiveN());
        }

        Double value() {
            return n == 0 ? null : (double) good / n;
        }

        Wilson interval() {
            return n == 0 ? new Wilson(0, 1) : Wilson.ofShare((double) good / n, effectiveN);
        }
    }

    static List<RankingEntry> rank(List<Score> current, List<Score> previous, int minN) {
        Map<String, Integer> before = bands(previous, minN);
        Map<String, Integer> now = bands(current, minN);
        Map<String, Score> was = new HashMap<>();
        previous.forEach(s -> was.put(s.key(), s));
        List<RankingEntry> out = new ArrayList<>();
        for (Score s : current) {
            Wilson w = s.interval();
            Integer band = now.get(s.key());
            Integer prev = before.get(s.key());
            Integer movement = band != null && prev != null ? movement(prev - band, was.get(s.key()), s) : null;
            out.add(new RankingEntry(
                    s.key(),
                    s.label(),
                    s.n(),
                    s.value(),
                    w.low(),
                    w.high(),
                    band,
                    prev,
                    movement,
                    s.n() > 0 && s.n() >= minN));
        }
        out.sort(Comparator.comparing((RankingEntry e) -> e.rank() == null ? Integer.MAX_VALUE : e.rank())
                .thenComparing(e -> !e.enough())
                .thenComparing(e -> e.value() == null ? 1.0 : -e.value())
                .thenComparing(RankingEntry::label, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Band by key for the groups with enough answers; none when fewer than two groups have enough (no ranking of one). */
    static Map<String, Integer> bands(List<Score> scores, int minN) {
        List<Score> rest = new ArrayList<>(
                scores.stream().filter(s -> s.n() > 0 && s.n() >= minN).toList());
        Map<String, Integer> bands = new HashMap<>();
        if (rest.size() < 2) {
            return bands;
        }
        rest.sort((a, b) -> Long.compare(b.good() * a.n(), a.good() * b.n()));
        int band = 0;
        while (!rest.isEmpty()) {
            band++;
            double leaderLow = rest.get(0).interval().low();
            int current = band;
            List<Score> members = rest.stream()
                    .filter(s -> s == rest.get(0)
                            || s.interval().high() >= leaderLow
                            || s.good() * rest.get(0).n() == rest.get(0).good() * s.n())
                    .toList();
            members.forEach(s -> bands.put(s.key(), current));
            rest.removeAll(members);
        }
        return bands;
    }

    /** The bands moved (positive = up), kept only when the value itself changed beyond noise in the same direction. */
    private static int movement(int bands, Score before, Score now) {
        if (bands == 0 || before == null) {
            return 0;
        }
        int change = significantChange(before, now);
        return Integer.signum(bands) == change ? bands : 0;
    }

    /**
     * +1 or −1 when Newcombe's hybrid score interval (method 10, from the two Wilson intervals) for
     * now − before lies wholly above or below 0; 0 when it holds 0.
     */
    static int significantChange(Score before, Score now) {
        double p0 = before.value();
        double p1 = now.value();
        Wilson w0 = before.interval();
        Wilson w1 = now.interval();
        double d = p1 - p0;
        double low = d - Math.sqrt(Math.pow(p1 - w1.low(), 2) + Math.pow(w0.high() - p0, 2));
        double high = d + Math.sqrt(Math.pow(w1.high() - p1, 2) + Math.pow(p0 - w0.low(), 2));
        return low > 0 ? 1 : high < 0 ? -1 : 0;
    }
}
