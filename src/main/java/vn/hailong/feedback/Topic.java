package vn.hailong.feedback;

import java.util.List;

/** A topic of the comment dictionary and its keywords (matched without diacritics, whole words). */
record Topic(String code, String nameVi, String nameEn, List<Keyword> keywords) {

    /** One keyword as entered, and its folded form. */
    public record Keyword(long id, String text, String folded) {}
}
