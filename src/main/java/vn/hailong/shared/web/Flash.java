package vn.hailong.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.shared.InvalidInputException;

/**
 * Runs a page action before a redirect: "saved" on success, the reason (in the user's language) on bad input.
 * A refusal (a missing or foreign object, an action beyond the caller's rights) is not bad input: it goes on to
 * the error page as 404 or 403, as on the API.
 */
public final class Flash {

    private Flash() {}

    public static boolean attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
            return true;
        } catch (InvalidInputException e) {
            if (refusal(e)) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return false;
        }
    }

    /** A 404 or 403 (not found or outside the caller's scope, forbidden), which pages do not turn into a form error. */
    public static boolean refusal(InvalidInputException e) {
        return e instanceof vn.hailong.shared.NotFoundException || e instanceof vn.hailong.shared.ForbiddenException;
    }
}
