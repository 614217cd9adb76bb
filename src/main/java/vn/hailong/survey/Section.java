package vn.hailong.survey;

import java.util.List;

/** A part of a questionnaire, usually one factor; asked only when its condition (if any) holds. */
public record Section(String code, String title, Condition condition, List<SurveyItem> items) {

    public Section {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
