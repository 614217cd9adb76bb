package vn.hailong.feedback;

import java.security.SecureRandom;

/** Tracking codes the citizen can read out on the phone (no 0/O, 1/I), and unguessable answer tokens. */
final class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String next() {
        return "GY-" + random(4) + "-" + random(4);
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
