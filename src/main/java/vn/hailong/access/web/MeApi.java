package vn.hailong.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.UserAccount;

@RestController
@Tag(name = "Tài khoản / Account")
class MeApi {

    record Me(String username, String fullName, Role role, AgencyScope scope) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user (or API key), role and scope")
    Me me() {
        var p = CurrentUser.principal().orElseThrow();
        String fullName = p instanceof UserAccount u ? u.fullName() : p.name();
        return new Me(p.name(), fullName, p.role(), p.scope());
    }
}
