package vn.hailong.shared;

/** The request clashes with the current state (a duplicate, a closed record, ...). */
public class ConflictException extends InvalidInputException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
