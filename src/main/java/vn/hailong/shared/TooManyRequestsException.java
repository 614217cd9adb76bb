package vn.hailong.shared;

/** The caller asks too often; it may try again after {@code retryAfterSeconds}. */
public class TooManyRequestsException extends InvalidInputException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
