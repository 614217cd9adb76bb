package vn.hailong.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.shared.InvalidInputException;

/**
 * Checks answers against a questionnaire and turns them into stored values (score for satisfaction
 * items, text otherwise). A section whose condition does not hold (factor 5 without feedback) must not
 * be answered: it was not asked.
 */
public final class AnswerRules {

    /** An answer ready to store: a score for satisfaction items (null = not applicable), the text otherwise. */
    public record Checked(String item, Integer score, String answer) {}

    private AnswerRules() {}

    public static List<Checked> check(Questionnaire q, List<AnswerValue> answers) {
        Map<String, String> given = new LinkedHashMap<>();
        for (AnswerValue a : answers) {
            if (a == null || a.item() == null || q.item(a.item()).isEmpty()) {
                throw new InvalidInputException("survey.answer.unknownItem", a == null ? "" : a.item());
            }
            if (a.value() != null
                    && !a.value().isBlank()
                    && given.put(a.item(), a.value().trim()) != null) {
                throw new InvalidInputException("survey.answer.twice", a.item());
            }
        }
        Map<String, Checked> checked = new LinkedHashMap<>();
        for (Section s : q.sections()) {
            boolean asked = asked(s, given);
            for (SurveyItem item : s.items()) {
                String value = given.get(item.code());
                if (value == null) {
                    continue;
                }
                if (!asked) {
                    throw new InvalidInputException("survey.answer.notAsked", item.code());
                }
                checked.put(item.code(), checkOne(item, value));
            }
        }
        return List.copyOf(checked.values());
    }

    /** Whether a section is asked, given the answers so far (no condition, or its gate has the value). */
    public static boolean asked(Section s, Map<String, String> given) {
        return s.condition() == null
                || s.condition().equals().equals(given.get(s.condition().item()));
    }

    private static Checked checkOne(SurveyItem item, String value) {
        switch (item.type()) {
            case SATISFACTION -> {
                if ("NA".equals(value) && item.notApplicable()) {
                    return new Checked(item.code(), null, "NA");
                }
                if (value.matches("[1-5]")) {
                    return new Checked(item.code(), Integer.valueOf(value), null);
                }
            }
            case YES_NO -> {
                if (value.equals("YES") || value.equals("NO")) {
                    return new Checked(item.code(), null, value);
                }
            }
            case CATEGORICAL -> {
                if (option(item, value)) {
                    return new Checked(item.code(), null, value);
                }
            }
            case EXPECTATION -> {
                List<String> chosen =
                        Arrays.stream(value.split(",")).map(String::trim).toList();
                if (chosen.size() <= ItemType.MAX_EXPECTATIONS
                        && Set.copyOf(chosen).size() == chosen.size()
                        && chosen.stream().allMatch(c -> option(item, c))) {
                    return new Checked(item.code(), null, String.join(",", chosen));
                }
            }
            case TEXT -> {
                if (value.length() <= 2000) {
                    return new Checked(item.code(), null, value);
                }
            }
        }
        throw new InvalidInputException("survey.answer.invalid", item.code(), value);
    }

    private static boolean option(SurveyItem item, String value) {
        return value.matches("[1-9][0-9]?")
                && Integer.parseInt(value) <= item.options().size();
    }

    /** The page's form fields ({@code a.CODE} → value, several values for expectations) as answers of the sections asked. */
    public static List<AnswerValue> fromForm(Questionnaire q, Map<String, List<String>> form) {
        Map<String, String> given = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("a.") && !v.isEmpty()) {
                given.put(
                        k.substring(2),
                        String.join(",", v.stream().filter(x -> !x.isBlank()).toList()));
            }
        });
        return q.sections().stream()
                .filter(s -> asked(s, given))
                .flatMap(s -> s.items().stream())
                .filter(i -> given.containsKey(i.code()))
                .map(i -> new AnswerValue(i.code(), given.get(i.code())))
                .toList();
    }
}
