package vn.hailong.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** Every API error is an RFC 9457 problem detail whose detail is in the caller's language (Vietnamese by default). */
@org.springframework.core.annotation.Order(0)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        HttpStatus status = e instanceof NotFoundException
                ? HttpStatus.NOT_FOUND
                : e instanceof ConflictException
                        ? HttpStatus.CONFLICT
                        : e instanceof vn.hailong.shared.ForbiddenException
                                ? HttpStatus.FORBIDDEN
                                : e instanceof vn.hailong.shared.TooManyRequestsException
                                        ? HttpStatus.TOO_MANY_REQUESTS
                                        : HttpStatus.BAD_REQUEST;
        var response = org.springframework.http.ResponseEntity.status(status);
        if (e instanceof vn.hailong.shared.TooManyRequestsException t) {
            response.header("Retry-After", String.valueOf(t.retryAfterSeconds()));
        }
        return response.body(problem(status, text(e.messageKey(), e.args()), e.messageKey()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.isBindingFailure()
                        ? text("error.badParameter", f.getField(), String.valueOf(f.getRejectedValue()))
                        : f.getField() + ": " + messages.getMessage(f, locale()))
                .toList();
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST, text("error.validation", String.join("; ", errors)), "error.validation");
        p.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(FieldError::getField)
                        .toList());
        return p;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(
                HttpStatus.BAD_REQUEST, text("error.missingParameter", e.getParameterName()), "error.missingParameter");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                text("error.badParameter", e.getName(), String.valueOf(e.getValue())),
                "error.badParameter");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        if (e.getCause() instanceof tools.jackson.databind.exc.InvalidFormatException bad
                && !bad.getPath().isEmpty()) {
            // a value of the wrong form in a named field: say which field and value, and for a list of choices, the
            // choices
            String field = bad.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("?");
            Object[] choices =
                    bad.getTargetType() == null ? null : bad.getTargetType().getEnumConstants();
            String allowed = choices == null
                    ? ""
                    : " "
                            + text(
                                    "error.badFieldChoices",
                                    java.util.Arrays.stream(choices)
                                            .map(String::valueOf)
                                            .collect(java.util.stream.Collectors.joining(", ")));
            return problem(
                    HttpStatus.BAD_REQUEST,
                    text("error.badField", field, String.valueOf(bad.getValue()), allowed),
                    "error.badField");
        }
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"), "error.unreadable");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, text("error.integrity"), "error.integrity");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), "error.unexpected");
    }

    private ProblemDetail problem(HttpStatus status, String detail, String code) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(text("error.title." + status.value()));
        p.setType(URI.create("urn:hailong:problem:" + code));
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
