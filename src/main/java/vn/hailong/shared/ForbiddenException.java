package vn.hailong.shared;

/** The caller is known but may not do this (a revoked device, a role that lacks the right). */
public class ForbiddenException extends InvalidInputException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
