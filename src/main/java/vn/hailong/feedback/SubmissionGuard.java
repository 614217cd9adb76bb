package vn.hailong.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hailong.shared.VietnameseText;

/**
 * Abuse control on the public form: after a few submissions from one address within an hour, a small
 * arithmetic question (stateless: the answer travels signed, valid for 30 minutes); the same text with
 * the same contact within a day is a duplicate.
 */
@Component
public class SubmissionGuard {

    /** A question to show and the signed token to send back with the answer. */
    public record Challenge(String question, String token) {
    }

    private final Clock clock;
    private final int freeSubmissions;
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    SubmissionGuard(Clock clock, @Value("${hailong.feedback.free-submissions-per-hour:3}") int freeSubmissions,
            @Value("${hailong.feedback.challenge-secret:}") String secret) {
        this.clock = clock;
        this.freeSubmissions = freeSubmissions;
        byte[] s = secret.getBytes(StandardCharsets.UTF_8);
        if (s.length == 0) {
            s = new byte[32];
            random.nextBytes(s);
        }
        this.secret = s;
    }

    int freeSubmissions() {
        return freeSubmissions;
    }

    public Challenge challenge() {
        int a = 2 + random.nextInt(8);
        int b = 1 + random.nextInt(9);
        long expires = Instant.now(clock).getEpochSecond() + 1800;
        return new Challenge(a + " + " + b, expires + "." + sign((a + b) + "." + expires));
    }

    public boolean solved(String token, String answer) {
        if (token == null || answer == null || !token.contains(".") || !answer.trim().matches("\\d{1,3}")) {
            return false;
        }
        String expires = token.substring(0, token.indexOf('.'));
        if (!expires.matches("\\d{1,12}") || Long.parseLong(expires) < Instant.now(clock).getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                (expires + "." + sign(Integer.parseInt(answer.trim()) + "." + expires)).getBytes(StandardCharsets.UTF_8));
    }

    /** Who is asking, without keeping the address itself. */
    static String source(String address) {
        return address == null ? null : sha256("feedback-source:" + address);
    }

    /** Same text (folded) and same contact; an anonymous text counts with its source. */
    static String duplicateKey(String text, String phone, String email, String source) {
        String contact = phone != null ? phone.replaceAll("\\D", "") : email != null ? email.trim().toLowerCase() : "anon:" + source;
        return sha256(VietnameseText.fold(text) + "|" + contact);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
