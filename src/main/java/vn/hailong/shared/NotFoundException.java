package vn.hailong.shared;

/** Something asked for does not exist, or is outside what the user may see (the two look the same). */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
