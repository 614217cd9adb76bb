package vn.hailong.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hailong.shared.InvalidInputException;

/** Runs a page action before a redirect: "saved" on success, the reason (in the user's language) on bad input. */
public final class Flash {

    private Flash() {
    }

    public static boolean attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return false;
        }
    }
}
