package vn.hailong.access;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** User administration: who may sign in, with which role, over which province or agency. */
@Service
public class Users {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ScopeGuard guard;
    private final PasswordPolicy policy;
    private final People people;

    Users(
            UserRepository users,
            PasswordEncoder encoder,
            AuditLog audit,
            ScopeGuard guard,
            PasswordPolicy policy,
            People people) {
        this.policy = policy;
        this.people = people;
        this.users = users;
        this.guard = guard;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<UserView> list(String query) {
        return users.list(CurrentUser.scope(), query);
    }

    public UserView get(long id) {
        return users.view(id).filter(this::visible).orElseThrow(() -> new NotFoundException("user.notFound", id));
    }

    @Transactional
    public long create(UserForm form) {
        checkScope(form);
        policy.check(form.username(), form.password());
        if (users.account(form.username()).isPresent()) {
            throw new ConflictException("user.duplicate", form.username());
        }
        long id = users.insert(form, encoder.encode(form.password()));
        audit.record("user", id, "CREATE", null, users.view(id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long id, UserForm form) {
        UserView before = get(id);
        guard.grant(before.role(), before.provinceCode(), before.agencyId());
        checkScope(form);
        String hash = null;
        if (form.password() != null && !form.password().isBlank()) {
            policy.check(before.username(), form.password());
            hash = encoder.encode(form.password());
        }
        users.update(id, form, hash);
        people.forget(before.username());
        if (hash != null) {
            // an administrator reset the password: the user chooses a new one at the next sign-in
            users.setPassword(id, hash, true);
        }
        audit.record(
                "user",
                id,
                hash != null ? "RESET_PASSWORD" : "UPDATE",
                before,
                users.view(id).orElseThrow());
    }

    /**
     * The signed-in user changes their own password (the current one proves it is them); this also lifts an
     * administrator's "change at next sign-in". Returns the account as it now is, for the session.
     */
    @Transactional
    public UserAccount changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = CurrentUser.principal()
                .filter(UserAccount.class::isInstance)
                .map(UserAccount.class::cast)
                .orElseThrow(() -> new InvalidInputException("user.passwordNoAccount"));
        UserAccount stored = users.account(me.getUsername())
                .orElseThrow(() -> new NotFoundException("user.notFound", me.getUsername()));
        if (currentPassword == null
                || currentPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
                || !encoder.matches(currentPassword, stored.getPassword())) {
            throw new InvalidInputException("user.passwordWrongCurrent");
        }
        policy.check(stored.getUsername(), newPassword);
        if (encoder.matches(newPassword, stored.getPassword())) {
            throw new InvalidInputException("user.passwordUnchanged");
        }
        users.setPassword(stored.id(), encoder.encode(newPassword), false);
        audit.record("user", stored.id(), "CHANGE_PASSWORD", null, java.util.Map.of("username", stored.getUsername()));
        return users.account(stored.getUsername()).orElseThrow();
    }

    @Transactional
    public void unlock(long id) {
        UserView before = get(id);
        guard.grant(before.role(), before.provinceCode(), before.agencyId());
        users.unlock(id);
        audit.record("user", id, "UNLOCK", before, users.view(id).orElseThrow());
    }

    public boolean any() {
        return users.count() > 0;
    }

    /**
     * Every role except the system administrator's needs a province or an agency: no scope, no data. The
     * role, province and agency given must lie within the caller's own ({@link ScopeGuard#grant}).
     */
    private void checkScope(UserForm form) {
        if (form.role() == Role.INTEGRATION) {
            throw new InvalidInputException("user.roleNotAllowed");
        }
        if (form.role() == Role.PROVINCIAL_OFFICIAL
                && (form.provinceCode() == null || form.provinceCode().isBlank())) {
            throw new InvalidInputException("user.provinceRequired");
        }
        if (form.role() != Role.SYSTEM_ADMIN && form.role() != Role.PROVINCIAL_OFFICIAL && form.agencyId() == null) {
            throw new InvalidInputException("user.agencyRequired");
        }
        guard.grant(form.role(), form.provinceCode(), form.agencyId());
    }

    private boolean visible(UserView u) {
        AgencyScope scope = CurrentUser.scope();
        return scope.all()
                || (scope.provinceCode() != null && scope.provinceCode().equals(u.provinceCode()))
                || list(u.username()).stream().anyMatch(v -> v.id() == u.id());
    }
}
