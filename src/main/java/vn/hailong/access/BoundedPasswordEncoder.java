package vn.hailong.access;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hailong.shared.InvalidInputException;

/**
 * BCrypt reads 72 bytes and Spring's encoder throws beyond that (a 500). A longer password is refused with
 * a 400 when it is set (see {@link PasswordPolicy}) and simply does not match when someone signs in with it.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    BoundedPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence raw) {
        if (tooLong(raw)) {
            throw new InvalidInputException("user.passwordTooLong", PasswordPolicy.MAX_BYTES);
        }
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return raw != null && !tooLong(raw) && encoded != null && delegate.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    private static boolean tooLong(CharSequence raw) {
        return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }
}
