package vn.hailong.feedback;

import java.security.SecureRandom;

/** Tracking codes the citizen can read out on the phone (no 0/O, 1/I), and unguessable answer tokens. */
final class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    /**
     * GY-XXXX-XXXD: the last character is a digit, so that every code has one and the lists' search boxes take it for
     * a code ({@link vn.hailong.shared.ListSearch}: a text without a digit is searched as words, never as a code).
     */
    static String next() {
        return "GY-" + random(4) + "-" + random(3) + DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
    }

    static String token() {
        return random(24);
    }

    private static String random(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
