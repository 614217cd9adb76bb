package vn.hailong.access.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.UserAccount;
import vn.hailong.access.Users;
import vn.hailong.shared.InvalidInputException;

/** The signed-in user's own password: a page {@code /tai-khoan/mat-khau}. */
@Controller
class PasswordPages {

    private final Users users;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordPages(Users users) {
        this.users = users;
    }

    @GetMapping("/tai-khoan/mat-khau")
    String form(Model model) {
        model.addAttribute(
                "forced",
                CurrentUser.principal()
                        .filter(UserAccount.class::isInstance)
                        .map(p -> ((UserAccount) p).mustChangePassword())
                        .orElse(false));
        return "users/password";
    }

    @PostMapping("/tai-khoan/mat-khau")
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            if (newPassword == null || !newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("user.passwordMismatch");
            }
            UserAccount updated = users.changeOwnPassword(currentPassword, newPassword);
            // the session's principal no longer asks for a change
            var context = SecurityContextHolder.getContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            sessions.saveContext(context, request, response);
            return "redirect:/?passwordChanged";
        } catch (InvalidInputException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return form(model);
        }
    }

    /** The same for programs: {@code POST /api/v1/me/password} with the current and the new password. */
    @RestController
    static class Api {

        record PasswordChange(String currentPassword, String newPassword) {}

        private final Users users;

        Api(Users users) {
            this.users = users;
        }

        @PostMapping("/api/v1/me/password")
        @Operation(
                summary =
                        "Change the signed-in user's password (at least 10 characters, at most 72 bytes, not common, not the username)")
        ResponseEntity<Map<String, String>> change(@RequestBody PasswordChange in) {
            users.changeOwnPassword(in.currentPassword(), in.newPassword());
            return ResponseEntity.ok(Map.of("status", "changed"));
        }
    }
}
