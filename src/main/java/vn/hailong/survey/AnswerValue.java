package vn.hailong.survey;

/**
 * One answer as sent: a satisfaction level "1".."5" or "NA", "YES"/"NO", an option number (categorical),
 * up to three option numbers separated by commas (expectation), or text. Blank = not answered.
 */
public record AnswerValue(String item, String value) {}
