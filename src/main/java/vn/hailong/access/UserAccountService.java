package vn.hailong.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for sign-in and locks an account for a while after repeated failed attempts. */
@Service
class UserAccountService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    UserAccountService(UserRepository users, Clock clock, AccessProperties properties) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = properties.security().maxFailedLogins();
        this.lock = Duration.ofMinutes(properties.security().lockMinutes());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.account(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(
                String.valueOf(event.getAuthentication().getPrincipal()),
                maxFailures,
                Instant.now(clock).plus(lock));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserAccount account) {
            users.recordSuccess(account.getUsername());
        }
    }
}
