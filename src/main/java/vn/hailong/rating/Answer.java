package vn.hailong.rating;

/** An answer: an item and its score 1..5, or null for "not applicable". */
public record Answer(String item, Integer score) {}
