package vn.hailong.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hailong.insight.RankingEntry;
import vn.hailong.insight.SatisfactionItem;
import vn.hailong.insight.TimelinessItem;

/** Joins satisfaction, timeliness and ranks by key into table rows, ranked first, then by n. */
public final class UnitLines {

    /** One row: a unit, officer or procedure with its satisfaction, timeliness and rank (any may be null). */
    public record Line(
            String key, String label, SatisfactionItem satisfaction, TimelinessItem timeliness, RankingEntry rank) {

        public long n() {
            return satisfaction == null ? 0 : satisfaction.n();
        }
    }

    private UnitLines() {}

    public static List<Line> of(List<SatisfactionItem> s, List<TimelinessItem> t, List<RankingEntry> ranks) {
        Map<String, SatisfactionItem> byS = s.stream().collect(Collectors.toMap(SatisfactionItem::key, x -> x));
        Map<String, TimelinessItem> byT = t.stream().collect(Collectors.toMap(TimelinessItem::key, x -> x));
        Map<String, RankingEntry> byR = ranks.stream().collect(Collectors.toMap(RankingEntry::key, x -> x));
        Map<String, String> labels = new LinkedHashMap<>();
        s.forEach(x -> labels.put(x.key(), x.label()));
        t.forEach(x -> labels.putIfAbsent(x.key(), x.label()));
        List<Line> out = new ArrayList<>();
        labels.forEach((k, l) -> out.add(new Line(k, l, byS.get(k), byT.get(k), byR.get(k))));
        out.sort(Comparator.comparing((Line u) -> u.rank() == null || u.rank().rank() == null
                        ? Integer.MAX_VALUE
                        : u.rank().rank())
                .thenComparing(u -> -u.n()));
        return out;
    }
}
