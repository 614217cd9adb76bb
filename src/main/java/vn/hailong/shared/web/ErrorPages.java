package vn.hailong.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container shows when a request ends in an error outside the controllers (no such page, a body
 * too large, a refused redirect, {@code /error} called directly — then 404): a Vietnamese page for a person
 * in a browser, an RFC 9457 problem detail for everything else. Never the Whitelabel page.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

    /** Statuses with their own title and text in the bundles; others use the nearest of 400 and 500. */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", key(status));
        model.addAttribute("messageKey", "error.detail." + key(status));
        model.addAttribute("args", new Object[0]);
        return "problem";
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), messages.getMessage("error.detail." + key(status), null, locale));
        p.setTitle(messages.getMessage("error.title." + key(status), null, locale));
        p.setType(URI.create("urn:hailong:problem:error.detail." + key(status)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || HttpStatus.resolve(status) == null) {
            return 404; // /error asked for directly: there is nothing here
        }
        return status;
    }

    private static int key(int status) {
        return KNOWN.contains(status) ? status : status >= 500 ? 500 : 400;
    }
}
