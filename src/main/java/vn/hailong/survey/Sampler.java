package vn.hailong.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws a unit's sample at random and reproducibly: the quota is shared among the strata — field × applicant
 * kind, so that organisations' representatives are a stratum of their own in each field — in proportion to
 * their candidates (largest remainder, ties to the larger stratum then the stratum key), and each stratum is
 * drawn by a Fisher–Yates shuffle seeded from the campaign's seed, the unit and the stratum, over the
 * candidates in dossier order. The same seed and candidates give the same sample (a citizens' stratum is keyed
 * by its field alone, so samples drawn before the kind was recorded are drawn again identically).
 */
final class Sampler {

    private Sampler() {}

    public static List<Candidate> draw(List<Candidate> candidates, int quota, long seed, long agencyId) {
        Map<String, List<Candidate>> strata = new TreeMap<>();
        candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::dossierId))
                .forEach(c -> strata.computeIfAbsent(c.stratum(), k -> new ArrayList<>())
                        .add(c));
        Map<String, Integer> allocation = allocate(strata, quota);
        List<Candidate> sample = new ArrayList<>();
        strata.forEach((stratum, members) -> {
            List<Candidate> shuffled = new ArrayList<>(members);
            Random random = new Random(seed * 1_000_003L + agencyId * 7_919L + stratum.hashCode());
            int take = allocation.get(stratum);
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(shuffled.size() - i);
                Candidate swap = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, swap);
            }
            sample.addAll(shuffled.subList(0, take));
        });
        return sample;
    }

    /** How many each stratum gives: proportional to its size, never more than it has, summing to the quota (or everyone). */
    public static Map<String, Integer> allocate(Map<String, List<Candidate>> strata, int quota) {
        int total = strata.values().stream().mapToInt(List::size).sum();
        Map<String, Integer> allocation = new LinkedHashMap<>();
        if (quota >= total) {
            strata.forEach((field, members) -> allocation.put(field, members.size()));
            return allocation;
        }
        int given = 0;
        for (var e : strata.entrySet()) {
            int share = (int) ((long) quota * e.getValue().size() / total);
            allocation.put(e.getKey(), share);
            given += share;
        }
        List<String> byRemainder = new ArrayList<>(strata.keySet());
        byRemainder.sort(Comparator.<String>comparingLong(
                        f -> -((long) quota * strata.get(f).size() % total))
                .thenComparing(f -> -strata.get(f).size())
                .thenComparing(f -> f));
        for (int i = 0; given < quota; i++, given++) {
            String field = byRemainder.get(i);
            allocation.put(field, allocation.get(field) + 1);
        }
        return allocation;
    }
}
