package vn.hailong.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.hailong.shared.InvalidInputException;

/**
 * What a password must be: at least 10 characters, at most 72 bytes in UTF-8 (BCrypt reads no further, so a
 * longer one is refused with a clear message rather than silently cut), not the username, and not one of the
 * common passwords shipped in {@code access/common-passwords.txt}.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("access/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            common = in.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("user.passwordTooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("user.passwordTooLong", MAX_BYTES);
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            throw new InvalidInputException("user.passwordIsUsername");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("user.passwordTooCommon");
        }
    }
}
