package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slip's check code: six characters easy to key (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), fixed for a token,
 * accepted whatever the case or spacing, and different from one token to the next.
 */
class SlipCheckCodeTest {

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2026L})
    void easyToKeyStableAndDifferentPerToken(long seed) {
        Random random = new Random(seed);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String token = token(random);
            String code = SlipCheckCode.of(token);
            assertThat(code).hasSize(6).matches("[ACDEFGHJKMNPQRTUVWXY3467]{6}").isEqualTo(SlipCheckCode.of(token));
            assertThat(SlipCheckCode.matches(token, code)).isTrue();
            assertThat(SlipCheckCode.matches(
                            token, " " + code.substring(0, 3).toLowerCase(Locale.ROOT) + "-" + code.substring(3) + " "))
                    .isTrue();
            assertThat(SlipCheckCode.matches(token, code.substring(0, 5))).isFalse();
            assertThat(SlipCheckCode.matches(token, SlipCheckCode.of(token + "x")))
                    .isEqualTo(SlipCheckCode.of(token + "x").equals(code));
            assertThat(SlipCheckCode.matches(null, code)).isFalse();
            codes.add(code);
        }
        assertThat(codes).as("500 tokens, (almost) as many codes").hasSizeGreaterThan(495);
    }

    private static String token(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
