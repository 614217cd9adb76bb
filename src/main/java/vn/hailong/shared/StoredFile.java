package vn.hailong.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler answering with bytes that are already stored (an attachment, a finished export): nothing is
 * rendered, so the limit on documents made while the caller waits does not apply.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StoredFile {}
