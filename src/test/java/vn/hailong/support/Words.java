package vn.hailong.support;

import java.util.concurrent.ThreadLocalRandom;

/** Words no demo text contains, so that a test finds its own rows only (letters only: digits search codes). */
public final class Words {

    private Words() {}

    /** {@code prefix} followed by eight random lower-case letters. */
    public static String unique(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
