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

    Users(UserRepository users, PasswordEncoder encoder, AuditLog audit, ScopeGuard guard) {
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
        if (form.password() == null || form.password().length() < 10) {
            throw new InvalidInputException("user.passwordTooShort", 10);
        }
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
            if (form.password().length() < 10) {
                throw new InvalidInputException("user.passwordTooShort", 10);
            }
            hash = encoder.encode(form.password());
        }
        users.update(id, form, hash);
        audit.record("user", id, "UPDATE", before, users.view(id).orElseThrow());
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
        if (form.role() == Role.PROVINCIAL_OFFICIAL && (form.provinceCode() == null || form.provinceCode().isBlank())) {
            throw new InvalidInputException("user.provinceRequired");
        }
        if (form.role() != Role.SYSTEM_ADMIN && form.role() != Role.PROVINCIAL_OFFICIAL && form.agencyId() == null) {
            throw new InvalidInputException("user.agencyRequired");
        }
        guard.grant(form.role(), form.provinceCode(), form.agencyId());
    }

    private boolean visible(UserView u) {
        AgencyScope scope = CurrentUser.scope();
        return scope.all() || (scope.provinceCode() != null && scope.provinceCode().equals(u.provinceCode()))
                || list(u.username()).stream().anyMatch(v -> v.id() == u.id());
    }
}
