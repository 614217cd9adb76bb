package vn.hailong.insight.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hailong.ballot.BallotResult;
import vn.hailong.insight.RatingSums;

/**
 * Ballot-box results of one agency and month as rollup rows of channel {@code BALLOT}: per desk and item
 * the slips at each level 1..5, counted on the month's last day (the opening day). The tallies hold only
 * slips without a dossier code (keyed slips are PAPER ratings), so nothing is counted twice. The number
 * of ballot ratings is, per desk, the largest number of answers any item received.
 */
public record BallotRollup(long agencyId, LocalDate day, Map<Long, Map<String, int[]>> desks) {

    static final String CHANNEL = "BALLOT";

    public static List<BallotRollup> of(List<BallotResult> results) {
        return results.stream()
                .collect(Collectors.groupingBy(r -> r.agencyId() + "|" + r.month(), TreeMap::new, Collectors.toList()))
                .values()
                .stream()
                .map(BallotRollup::one)
                .toList();
    }

    public static BallotRollup empty(long agencyId, YearMonth month) {
        return new BallotRollup(agencyId, month.atEndOfMonth(), Map.of());
    }

    private static BallotRollup one(List<BallotResult> rows) {
        Map<Long, Map<String, int[]>> desks = new TreeMap<>();
        for (BallotResult r : rows) {
            int[] s = desks.computeIfAbsent(r.deskId() == null ? 0L : r.deskId(), d -> new TreeMap<>())
                    .computeIfAbsent(r.item(), i -> new int[6]);
            if (r.level() >= 1 && r.level() <= 5) {
                s[r.level()] += r.count();
            }
        }
        return new BallotRollup(
                rows.get(0).agencyId(), YearMonth.parse(rows.get(0).month()).atEndOfMonth(), desks);
    }

    /**
     * Per desk, the per-slip sums of {@link RatingSums} for slips that were counted, not keyed: N slips (the most
     * answers any item received), A answers of which S satisfied. A slip's answers are taken as wholly correlated,
     * the conservative bound: K = ⌈A ÷ N⌉ answers a slip, so Σm = A, Σy = S, Σm² = K·A, Σym = Σy² = K·S.
     */
    public Map<Long, RatingSums> sums() {
        Map<Long, RatingSums> out = new TreeMap<>();
        desks.forEach((desk, items) -> {
            long slips = 0;
            long answers = 0;
            long satisfied = 0;
            for (int[] s : items.values()) {
                long a = s[1] + s[2] + s[3] + s[4] + s[5];
                slips = Math.max(slips, a);
                answers += a;
                satisfied += s[4] + s[5];
            }
            if (slips > 0) {
                long k = (answers + slips - 1) / slips;
                out.put(desk, new RatingSums(slips, answers, satisfied, k * satisfied, k * answers, k * satisfied));
            }
        });
        return out;
    }

    /** Ballot ratings: per desk, the most answers any item received, summed over the desks. */
    public long ratings() {
        return desks.values().stream()
                .mapToLong(items -> items.values().stream()
                        .mapToLong(s -> s[1] + s[2] + s[3] + s[4] + s[5])
                        .max()
                        .orElse(0))
                .sum();
    }
}
