package vn.hailong.survey;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a questionnaire. {@code source} is {@code survey} for the survey's own questionnaires
 * and {@code rating} for the counter forms, which the rating module owns and which are shown here read-only.
 */
public record Questionnaire(
        String code, int version, String title, String status, String source, List<Section> sections) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public Questionnaire {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Stream<SurveyItem> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<SurveyItem> item(String code) {
        return items().filter(i -> i.code().equals(code)).findFirst();
    }
}
