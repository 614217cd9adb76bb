package vn.hailong.survey;

/** A section is asked only when an earlier item was answered with this value (factor 5: gave feedback = YES). */
public record Condition(String item, String equals) {}
