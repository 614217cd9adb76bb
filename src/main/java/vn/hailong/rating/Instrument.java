package vn.hailong.rating;

import java.util.List;

/**
 * How the citizen answered: the 5-level scale, or a counter device's 3 levels (Rất hài lòng / Hài lòng /
 * Không hài lòng) stored on the same 1..5 scale as 5 / 4 / 2.
 */
public enum Instrument {
    FIVE_LEVEL(List.of(5, 4, 3, 2, 1)),
    THREE_LEVEL(List.of(5, 4, 2));

    private final List<Integer> scores;

    Instrument(List<Integer> scores) {
        this.scores = scores;
    }

    /** The scores this instrument can give, best first. */
    public List<Integer> scores() {
        return scores;
    }
}
