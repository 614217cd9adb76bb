package vn.hailong.shared;

/** Bad input from a person or a system: the message key is resolved in the user's language. */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
