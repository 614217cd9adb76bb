package vn.hailong.ballot;

/**
 * One item's result at a session: the tally of the slips without a dossier code and the answers of the
 * slips keyed one by one, per level (index 0 = level 1).
 */
public record ItemResult(String item, String text, int[] tallied, int[] keyed) {

    public int at(int level) {
        return tallied[level - 1] + keyed[level - 1];
    }

    public int tallied(int level) {
        return tallied[level - 1];
    }

    /** Answers at any level (a slip may leave an item out). */
    public int answered() {
        int n = 0;
        for (int level = 1; level <= 5; level++) {
            n += at(level);
        }
        return n;
    }

    /** Answers at level 4 (satisfied) or 5 (very satisfied). */
    public int satisfied() {
        return at(4) + at(5);
    }

    /** Satisfied ÷ answered, or null without answers. */
    public Double rate() {
        return answered() == 0 ? null : (double) satisfied() / answered();
    }
}
