package vn.hailong.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hailong.shared.VietnameseText;

/**
 * Abuse control on the public form: after a few submissions from one address within an hour, a small
 * arithmetic question (the answer travels signed with a random nonce, valid for 30 minutes; a solved
 * question is redeemed once: its nonce is remembered until it expires); the same text with the same
 * contact within a day is a duplicate.
 */
@Component
public class SubmissionGuard {

    /** A question to show and the signed token to send back with the answer. */
    public record Challenge(String question, String token) {}

    /** What the citizen sent back: the signed token of the question shown and the answer typed. */
    public record Answer(String token, String answer) {

        public static final Answer NONE = new Answer(null, null);
    }

    private final Clock clock;
    private final int freeSubmissions;
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    SubmissionGuard(Clock clock, JdbcClient jdbc, FeedbackProperties properties) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.freeSubmissions = properties.freeSubmissionsPerHour();
        byte[] s = properties.challengeSecret().getBytes(StandardCharsets.UTF_8);
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
        byte[] n = new byte[12];
        random.nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        return new Challenge(a + " + " + b, expires + "." + nonce + "." + sign((a + b) + "." + expires + "." + nonce));
    }

    /** Whether the answer is right for this untampered, unexpired token (it may have been redeemed already). */
    public boolean solved(String token, String answer) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3
                || answer == null
                || !answer.trim().matches("\\d{1,3}")
                || !parts[0].matches("\\d{1,12}")
                || !parts[1].matches("[0-9a-f]{24}")
                || Long.parseLong(parts[0]) < Instant.now(clock).getEpochSecond()) {
            return false;
        }
        String expected = parts[0] + "." + parts[1] + "."
                + sign(Integer.parseInt(answer.trim()) + "." + parts[0] + "." + parts[1]);
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Solved and not used before: the nonce is remembered (in the caller's transaction, so a submission
     * that fails for another reason gives the question back). A second submission with it is refused.
     */
    boolean redeem(Answer given) {
        if (given == null || !solved(given.token(), given.answer())) {
            return false;
        }
        String[] parts = given.token().split("\\.");
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("delete from feedback_challenge_used where expires_at < :now")
                .param("now", now)
                .update();
        if (jdbc.sql("select count(*) from feedback_challenge_used where nonce = :n")
                        .param("n", parts[1])
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        jdbc.sql("insert into feedback_challenge_used (nonce, expires_at) values (:n, :e)")
                .param("n", parts[1])
                .param("e", Timestamp.from(Instant.ofEpochSecond(Long.parseLong(parts[0]))))
                .update();
        return true;
    }

    /** Who is asking, without keeping the address itself. */
    static String source(String address) {
        return address == null ? null : sha256("feedback-source:" + address);
    }

    /** Same text (folded) and same contact; an anonymous text counts with its source. */
    static String duplicateKey(String text, String phone, String email, String source) {
        String contact = phone != null
                ? phone.replaceAll("\\D", "")
                : email != null ? email.trim().toLowerCase() : "anon:" + source;
        return sha256(VietnameseText.fold(text) + "|" + contact);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
