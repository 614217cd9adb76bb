package vn.hailong.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The classification bands of a quarterly score out of 18, from configuration
 * ({@code hailong.insight.decree61.bands}: the lower bounds of excellent, good, fair and average, each {@code >} or
 * {@code >=}; below the last: weak). The default is one province's practice (> 15 excellent, 12–15 good, 9–12 fair,
 * 6–9 average, < 6 weak); where a boundary score belongs is not confirmed, hence the operators.
 */
@Component
public class EvaluationBands {

    /** One band: its class and lower bound, inclusive or not. */
    public record Band(EvaluationClass classification, boolean inclusive, double bound) {

        boolean admits(double score) {
            return inclusive ? score >= bound : score > bound;
        }
    }

    private static final Pattern BOUND = Pattern.compile("\\s*(>=|>)\\s*(\\d+(?:\\.\\d+)?)\\s*");

    private final List<Band> bands;

    EvaluationBands(@Value("${hailong.insight.decree61.bands:>15,>=12,>=9,>=6}") String config) {
        this.bands = parse(config);
    }

    static List<Band> parse(String config) {
        String[] parts = config.split(",");
        EvaluationClass[] classes = EvaluationClass.values();
        if (parts.length != classes.length - 1) {
            throw new IllegalArgumentException(
                    "hailong.insight.decree61.bands needs four bounds (excellent, good, fair, average): " + config);
        }
        List<Band> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Matcher m = BOUND.matcher(parts[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "hailong.insight.decree61.bands: '" + parts[i] + "' is not like >15 or >=12");
            }
            Band b = new Band(classes[i], m.group(1).equals(">="), Double.parseDouble(m.group(2)));
            if (!out.isEmpty() && b.bound() > out.get(out.size() - 1).bound()) {
                throw new IllegalArgumentException("hailong.insight.decree61.bands must go down: " + config);
            }
            out.add(b);
        }
        return List.copyOf(out);
    }

    /** The class of a score (null for no score). */
    public EvaluationClass classify(Double score) {
        if (score == null) {
            return null;
        }
        return bands.stream()
                .filter(b -> b.admits(score))
                .map(Band::classification)
                .findFirst()
                .orElse(EvaluationClass.WEAK);
    }

    public List<Band> bands() {
        return bands;
    }
}
