package vn.hailong.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Outside demo mode there is no default password: the first administrator comes from configuration. */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final String username;
    private final String password;

    BootstrapAdmin(Users users, AccessProperties properties) {
        this.users = users;
        this.username = properties.security().bootstrapAdmin().username();
        this.password = properties.security().bootstrapAdmin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.any()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn(
                    "No users yet. Set hailong.security.bootstrap-admin.username and .password to create the first administrator.");
            return;
        }
        // The first administrator is created by the system itself: user administration is fail-closed without a caller.
        SystemActor.run(
                "bootstrap",
                () -> users.create(new UserForm(
                        username, "Quản trị hệ thống", null, Role.SYSTEM_ADMIN, null, null, password, true)));
        log.info("Created the first administrator '{}'.", username);
    }
}
