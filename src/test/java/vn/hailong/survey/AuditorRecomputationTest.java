package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.support.AppTest;

/**
 * What a province's statistician does with the closed demo campaign: download the raw responses, the codebook and the
 * published figures as CSV, recompute every criterion, factor and overall figure from the raw answers with plain code,
 * and check that every interval is Wilson's at the stated effective n and holds its point.
 */
class AuditorRecomputationTest extends AppTest {

    static final double Z = 1.959963984540054;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureIsRecomputedFromTheRawResponsesAndTheCodebook() {
        long id = jdbc.sql(
                        "select id from survey_campaign where status = 'CLOSED' and title like 'Khảo sát SIPAS năm %' order by id limit 1")
                .query(Long.class)
                .single();
        List<Map<String, String>> responses = csv(get("/api/v1/campaigns/" + id + "/responses.csv"));
        List<Map<String, String>> codebook = csv(get("/api/v1/campaigns/" + id + "/codebook.csv"));
        List<Map<String, String>> figures = csv(get("/api/v1/campaigns/" + id + "/figures.csv"));
        assertThat(responses).hasSizeGreaterThan(50);

        // the codebook says which columns are criteria and of which factor
        Map<String, List<String>> factors = new LinkedHashMap<>();
        codebook.stream()
                .filter(v -> v.get("index_role").equals("CRITERION"))
                .forEach(v -> factors.computeIfAbsent(v.get("section").split(" ")[0], k -> new ArrayList<>())
                        .add(v.get("variable")));
        Map<String, List<Map<String, String>>> byUnit = new LinkedHashMap<>();
        responses.forEach(r -> byUnit.computeIfAbsent(r.get("agency_name"), k -> new ArrayList<>())
                .add(r));

        List<Double> unitOveralls = new ArrayList<>();
        for (var unit : byUnit.entrySet()) {
            unitOveralls.add(check(figures, "unit", unit.getKey(), unit.getValue(), factors));
        }
        check(figures, "pooled", null, responses, factors);
        Map<String, String> mean = figure(figures, "mean", null, "overall", "SIPAS");
        double expected =
                unitOveralls.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(Double.parseDouble(mean.get("index_pct"))).isCloseTo(100 * expected, within(0.006));

        for (Map<String, String> f : figures) {
            if (f.get("index_pct").isEmpty()) {
                continue;
            }
            double point = Double.parseDouble(f.get("index_pct"));
            double low = Double.parseDouble(f.get("low_pct"));
            double high = Double.parseDouble(f.get("high_pct"));
            assertThat(point).as(f.toString()).isBetween(low, high);
            double[] w = wilson(point / 100, Double.parseDouble(f.get("effective_n")));
            assertThat(low).as(f.toString()).isCloseTo(100 * w[0], within(0.02));
            assertThat(high).as(f.toString()).isCloseTo(100 * w[1], within(0.02));
        }
    }

    /** Checks one unit's (or the pooled) criterion counts and factor and overall points; returns the overall as a share. */
    private static double check(
            List<Map<String, String>> figures,
            String scope,
            String unit,
            List<Map<String, String>> rows,
            Map<String, List<String>> factors) {
        List<Double> factorValues = new ArrayList<>();
        for (var factor : factors.entrySet()) {
            List<Double> rates = new ArrayList<>();
            for (String c : factor.getValue()) {
                long valid =
                        rows.stream().filter(r -> r.get(c).matches("[1-5]")).count();
                long satisfied =
                        rows.stream().filter(r -> r.get(c).matches("[45]")).count();
                Map<String, String> f = figure(figures, scope, unit, "criterion", c);
                assertThat(f.get("valid_answers")).isEqualTo(String.valueOf(valid));
                if (valid > 0) {
                    assertThat(f.get("satisfied")).isEqualTo(String.valueOf(satisfied));
                    rates.add((double) satisfied / valid);
                }
            }
            if (!rates.isEmpty()) {
                double value = rates.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                factorValues.add(value);
                assertThat(Double.parseDouble(figure(figures, scope, unit, "factor", factor.getKey())
                                .get("index_pct")))
                        .isCloseTo(100 * value, within(0.006));
            }
        }
        double overall =
                factorValues.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(Double.parseDouble(
                        figure(figures, scope, unit, "overall", "SIPAS").get("index_pct")))
                .isCloseTo(100 * overall, within(0.006));
        return overall;
    }

    private static Map<String, String> figure(
            List<Map<String, String>> figures, String scope, String unit, String level, String code) {
        return figures.stream()
                .filter(f -> f.get("scope").equals(scope)
                        && (unit == null || f.get("unit").equals(unit))
                        && f.get("level").equals(level)
                        && f.get("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(scope + " " + unit + " " + level + " " + code));
    }

    private String get(String path) {
        var r = browser().get(path, "quangninh", "hailong-demo");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().startsWith("\uFEFF") ? r.body().substring(1) : r.body();
    }

    /** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
    static List<Map<String, String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < r.size() ? r.get(c) : "");
            }
            out.add(m);
        }
        return out;
    }

    private static double[] wilson(double p, double n) {
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
