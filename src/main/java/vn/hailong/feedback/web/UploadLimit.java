package vn.hailong.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A photo too large for the server's upload limit never reaches the form's own check: the citizen
 * gets the form back with the size rule in plain words instead of an error page. Other uploads keep
 * the default handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/gop-y")) {
            throw e;
        }
        redirect.addFlashAttribute("errorKey", "feedback.attachment.requestTooLarge");
        redirect.addFlashAttribute("errorArgs", new Object[0]);
        return "redirect:/gop-y";
    }
}
