package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an auditor does: recompute every published figure (criterion, factor, overall; each unit, pooled and
 * mean of units; point and 95% interval) from the raw answers with a second, deliberately naive implementation,
 * on data sets drawn with a seeded Random. The reference differs in method, not only in code: it computes each
 * index as a function of respondent weights and takes the influence of a respondent as the numerical
 * derivative of that function (what a statistics package's linearisation does analytically), then the
 * stratified with-replacement variance, Korn–Graubard's effective n and Wilson's formula, written out again here.
 */
class SurveyIndexReproducibilityTest {

    static final double Z = 1.959963984540054;
    static final String[][] FACTORS = {{"A1", "A2", "A3"}, {"B1"}, {"C1", "C2"}};

    static final Questionnaire Q = new Questionnaire(
            "R",
            1,
            "Reproduce",
            Questionnaire.PUBLISHED,
            "survey",
            List.of(section("A", FACTORS[0]), section("B", FACTORS[1]), section("C", FACTORS[2])));

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFigureIsReproducedByAnIndependentComputation(long seed) {
        Map<Long, List<Respondent>> units = draw(new Random(seed));
        List<Respondent> all = units.values().stream().flatMap(List::stream).toList();
        for (var unit : units.entrySet()) {
            List<List<Respondent>> one = List.of(unit.getValue());
            check(SurveyIndex.of(Q, unit.getKey(), "u", unit.getValue()), new Reference(one, false));
        }
        check(SurveyIndex.above(Q, "all", all, Aggregation.POOLED), new Reference(List.of(all), false));
        check(SurveyIndex.above(Q, "all", all, Aggregation.MEAN), new Reference(new ArrayList<>(units.values()), true));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPublishedPointLiesInsideItsInterval(long seed) {
        Map<Long, List<Respondent>> units = draw(new Random(seed));
        List<Respondent> all = units.values().stream().flatMap(List::stream).toList();
        List<UnitIndex> published = new ArrayList<>();
        units.forEach((id, rs) -> published.add(SurveyIndex.of(Q, id, "u", rs)));
        published.add(SurveyIndex.above(Q, "all", all, Aggregation.POOLED));
        published.add(SurveyIndex.above(Q, "all", all, Aggregation.MEAN));
        for (UnitIndex u : published) {
            inside(u.overall(), u.overallLow(), u.overallHigh());
            u.factors().forEach(f -> inside(f.index(), f.low(), f.high()));
            u.criteria().forEach(c -> inside(c.index(), c.low(), c.high()));
            if (u.overallSatisfaction() != null) {
                inside(
                        u.overallSatisfaction().rate(),
                        u.overallSatisfaction().low(),
                        u.overallSatisfaction().high());
            }
        }
    }

    private static void inside(Double point, Double low, Double high) {
        if (point == null) {
            assertThat(low).isNull();
            return;
        }
        assertThat(point).isBetween(low, high);
        assertThat(low).isGreaterThanOrEqualTo(0.0);
        assertThat(high).isLessThanOrEqualTo(100.0);
    }

    private static void check(UnitIndex published, Reference ref) {
        int c = 0;
        for (int f = 0; f < FACTORS.length; f++) {
            for (String code : FACTORS[f]) {
                same(published.criteria().get(c++), ref.criterion(code));
            }
            FactorIndex factor = published.factors().get(f);
            same(factor.index(), factor.low(), factor.high(), ref.factor(f));
        }
        same(published.overall(), published.overallLow(), published.overallHigh(), ref.overall());
    }

    private static void same(CriterionIndex c, double[] expected) {
        same(c.index(), c.low(), c.high(), expected);
    }

    /** expected = {point, low, high} in percent, or null when there is no index. */
    private static void same(Double point, Double low, Double high, double[] expected) {
        if (expected == null) {
            assertThat(point).isNull();
            return;
        }
        assertThat(point).isCloseTo(expected[0], within(0.0051));
        assertThat(low).isCloseTo(expected[1], within(0.0101));
        assertThat(high).isCloseTo(expected[2], within(0.0101));
    }

    /** Units 1..3 (sometimes 4) with 1 to 12 respondents; an answer is 1..5 or, one time in five, not applicable. */
    static Map<Long, List<Respondent>> draw(Random random) {
        Map<Long, List<Respondent>> units = new LinkedHashMap<>();
        int count = 3 + random.nextInt(2);
        for (long u = 1; u <= count; u++) {
            List<Respondent> rs = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            double lean = random.nextDouble();
            for (int i = 0; i < n; i++) {
                Map<String, Integer> scores = new HashMap<>();
                int mood = random.nextDouble() < lean ? 4 : 2;
                for (String[] factor : FACTORS) {
                    for (String code : factor) {
                        if (random.nextInt(5) > 0) {
                            scores.put(code, Math.max(1, Math.min(5, mood + random.nextInt(3) - 1)));
                        }
                    }
                }
                rs.add(new Respondent(u, "U" + u, scores));
            }
            units.put(u, rs);
        }
        return units;
    }

    /** The naive reference: indices as functions of respondent weights. */
    static final class Reference {

        final List<List<Respondent>> groups;
        final boolean meanOfGroups;
        final List<Respondent> flat = new ArrayList<>();
        final List<Integer> stratum = new ArrayList<>();

        Reference(List<List<Respondent>> groups, boolean meanOfGroups) {
            this.groups = groups;
            this.meanOfGroups = meanOfGroups;
            for (int g = 0; g < groups.size(); g++) {
                for (Respondent r : groups.get(g)) {
                    flat.add(r);
                    stratum.add(meanOfGroups ? g : 0);
                }
            }
        }

        double[] criterion(String code) {
            return figure(List.of(List.of(code)));
        }

        double[] factor(int f) {
            return figure(List.of(List.of(FACTORS[f])));
        }

        double[] overall() {
            List<List<String>> factors = new ArrayList<>();
            for (String[] f : FACTORS) {
                factors.add(List.of(f));
            }
            return figure(factors);
        }

        /** A mean (over groups when meanOfGroups) of the mean over factors of the mean over their criteria of rates. */
        private double[] figure(List<List<String>> factors) {
            double[] ones = new double[flat.size()];
            java.util.Arrays.fill(ones, 1);
            Double value = value(factors, ones);
            if (value == null) {
                return null;
            }
            // counts of present parts: a mean of one part is that part, so the reference picks the simpler figure then
            List<double[]> parts = new ArrayList<>();
            if (meanOfGroups) {
                for (int g = 0; g < groups.size(); g++) {
                    Reference one = new Reference(List.of(groups.get(g)), false);
                    if (one.value(factors, onesOf(one.flat.size())) != null) {
                        parts.add(new double[] {g});
                    }
                }
                if (parts.size() == 1) {
                    return new Reference(List.of(groups.get((int) parts.get(0)[0])), false).figure(factors);
                }
            } else {
                List<List<String>> present = factors.stream()
                        .filter(f -> value(List.of(f), ones) != null)
                        .toList();
                if (present.size() == 1) {
                    List<String> criteria = present.get(0).stream()
                            .filter(c -> rate(List.of(c), ones, flat) != null)
                            .toList();
                    if (criteria.size() == 1) {
                        long[] counts = counts(criteria.get(0), flat);
                        double[] w = wilson((double) counts[0] / counts[1], counts[1]);
                        return new double[] {100 * value, 100 * w[0], 100 * w[1]};
                    }
                    if (present.size() < factors.size()) {
                        return figure(present);
                    }
                } else if (present.size() < factors.size()) {
                    return figure(present);
                }
            }
            double h = 1e-6;
            double[] z = new double[flat.size()];
            for (int i = 0; i < z.length; i++) {
                double[] up = ones.clone();
                double[] downw = ones.clone();
                up[i] += h;
                downw[i] -= h;
                z[i] = (value(factors, up) - value(factors, downw)) / (2 * h);
            }
            double variance = 0;
            for (int s : stratum.stream().distinct().toList()) {
                List<Integer> members = IntStream.range(0, z.length)
                        .filter(i -> stratum.get(i) == s)
                        .boxed()
                        .toList();
                int n = members.size();
                if (n < 2) {
                    continue;
                }
                double mean = members.stream().mapToDouble(i -> z[i]).average().orElse(0);
                variance += n
                        / (n - 1.0)
                        * members.stream()
                                .mapToDouble(i -> (z[i] - mean) * (z[i] - mean))
                                .sum();
            }
            long answers = 0;
            for (List<String> f : factors) {
                for (String c : f) {
                    answers += counts(c, flat)[1];
                }
            }
            double p = value;
            double effective =
                    variance > 1e-15 && p * (1 - p) > 1e-12 ? Math.min(answers, p * (1 - p) / variance) : answers;
            double[] w = wilson(p, effective);
            return new double[] {100 * p, 100 * w[0], 100 * w[1]};
        }

        private static double[] onesOf(int n) {
            double[] w = new double[n];
            java.util.Arrays.fill(w, 1);
            return w;
        }

        private Double value(List<List<String>> factors, double[] weights) {
            if (!meanOfGroups) {
                return sipas(factors, weights, flat);
            }
            double sum = 0;
            int present = 0;
            int at = 0;
            for (List<Respondent> g : groups) {
                double[] w = java.util.Arrays.copyOfRange(weights, at, at + g.size());
                at += g.size();
                Double v = sipas(factors, w, g);
                if (v != null) {
                    sum += v;
                    present++;
                }
            }
            return present == 0 ? null : sum / present;
        }

        private static Double sipas(List<List<String>> factors, double[] w, List<Respondent> rs) {
            double sum = 0;
            int present = 0;
            for (List<String> f : factors) {
                Double v = rate(f, w, rs);
                if (v != null) {
                    sum += v;
                    present++;
                }
            }
            return present == 0 ? null : sum / present;
        }

        /** The mean over the criteria with a valid answer of weighted rate Σ w·y ÷ Σ w·v. */
        private static Double rate(List<String> criteria, double[] w, List<Respondent> rs) {
            double sum = 0;
            int present = 0;
            for (String c : criteria) {
                double num = 0;
                double den = 0;
                for (int i = 0; i < rs.size(); i++) {
                    Integer s = rs.get(i).scores().get(c);
                    if (s != null) {
                        den += w[i];
                        num += s >= 4 ? w[i] : 0;
                    }
                }
                if (den > 0) {
                    sum += num / den;
                    present++;
                }
            }
            return present == 0 ? null : sum / present;
        }

        private static long[] counts(String c, List<Respondent> rs) {
            long valid = rs.stream().filter(r -> r.scores().get(c) != null).count();
            long satisfied = rs.stream()
                    .filter(r -> r.scores().get(c) != null && r.scores().get(c) >= 4)
                    .count();
            return new long[] {satisfied, valid};
        }

        private static double[] wilson(double p, double n) {
            double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
            double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
            return new double[] {Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half))};
        }
    }

    static Section section(String code, String[] criteria) {
        return new Section(
                code,
                code,
                null,
                Stream.of(criteria).map(SurveyIndexTest::criterion).toList());
    }
}
