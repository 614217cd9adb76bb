package vn.hailong.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** On pages, bad input shows a friendly page with the reason in the user's language. */
@Order(1)
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    String invalid(
            InvalidInputException e,
            Model model,
            HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        log.info(
                "Refused {} {}: {} {}",
                request.getMethod(),
                request.getRequestURI(),
                e.messageKey(),
                java.util.Arrays.toString(e.args()));
        int status = e instanceof NotFoundException
                ? 404
                : e instanceof vn.hailong.shared.ForbiddenException
                        ? 403
                        : e instanceof ConflictException
                                ? 409
                                : e instanceof vn.hailong.shared.TooManyRequestsException ? 429 : 400;
        response.setStatus(status);
        if (e instanceof vn.hailong.shared.TooManyRequestsException t) {
            response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
        }
        model.addAttribute("status", status);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("args", e.args());
        return "problem";
    }

    /** A parameter of the wrong form (a date like 99999-01-01, a word where a number goes) or a missing one. */
    @ExceptionHandler({
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.validation.BindException.class
    })
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
            model.addAttribute("messageKey", "error.badParameter");
            model.addAttribute("args", new Object[] {m.getName(), String.valueOf(m.getValue())});
        } else if (e instanceof org.springframework.validation.BindException bad && bad.getFieldError() != null) {
            // a query bound to a record (e.g. the dossier list's): the first field of the wrong form
            model.addAttribute("messageKey", "error.badParameter");
            model.addAttribute("args", new Object[] {
                bad.getFieldError().getField(),
                String.valueOf(bad.getFieldError().getRejectedValue())
            });
        } else if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            model.addAttribute("messageKey", "error.missingParameter");
            model.addAttribute("args", new Object[] {missing.getParameterName()});
        } else {
            model.addAttribute("messageKey", "error.title.400");
            model.addAttribute("args", new Object[0]);
        }
        return "problem";
    }
}
