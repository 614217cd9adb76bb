package vn.hailong.rating;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The short check code printed on a dossier's paper slip: six characters derived from the dossier's
 * secret rating token (which only the citizen's receipt and slip carry), so that staff can key a slip
 * only with the slip in hand. Characters that are easily confused (0/O, 1/I/L, 2/Z, 5/S, 8/B) are left out.
 */
final class SlipCheckCode {

    static final int LENGTH = 6;
    private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY3467";

    private SlipCheckCode() {}

    static String of(String token) {
        byte[] hash = sha256("paper-slip:" + token);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
        }
        return code.toString();
    }

    /** Whether a keyed code is the slip's (case, spaces and dashes ignored). */
    static boolean matches(String token, String keyed) {
        if (token == null || keyed == null) {
            return false;
        }
        String typed = keyed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(
                of(token).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
