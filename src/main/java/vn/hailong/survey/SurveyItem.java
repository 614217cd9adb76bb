package vn.hailong.survey;

import java.util.List;

/** One question: its type, its options (categorical, expectation), whether "not applicable" is offered and its place in the index. */
public record SurveyItem(
        String code, String text, ItemType type, List<String> options, boolean notApplicable, IndexRole role) {

    public SurveyItem {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
