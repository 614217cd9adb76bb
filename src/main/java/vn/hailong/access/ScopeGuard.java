package vn.hailong.access;

import java.util.Collection;
import org.springframework.stereotype.Component;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.NotFoundException;

/**
 * The one check every administrative write makes, in the service, before it touches anything: the target
 * (an agency, a province, a national object, a role to grant) lies within the caller's {@link AgencyScope}.
 * Fail-closed: nobody signed in has no scope. A foreign agency answers 404 as if it did not exist (the
 * project's habit for foreign objects); a province, a national object or a role beyond the caller is 403.
 * Agencies come from the {@link AgencyDirectory} the organization module implements.
 */
@Component
public class ScopeGuard {

    private final AgencyDirectory agencies;

    ScopeGuard(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Whether the agency exists and the caller's scope covers it. */
    public boolean covers(Long agencyId) {
        AgencyScope scope = CurrentUser.scope();
        if (agencyId == null || scope.isEmpty()) {
            return false;
        }
        return agencies.byId(agencyId)
                .filter(a -> scope.covers(a.id(), a.provinceCode()))
                .isPresent();
    }

    /** The agency lies within the caller's scope; otherwise 404, the same answer as for an agency that does not exist. */
    public void agency(Long agencyId) {
        if (!covers(agencyId)) {
            throw new NotFoundException("agency.notFound", agencyId);
        }
    }

    /** A unit named by code (a province's, or an agency's) lies within the caller's scope; otherwise 404 with {@code refusalKey}. */
    public void unit(String code, String refusalKey) {
        AgencyScope scope = CurrentUser.scope();
        String c = code == null ? "" : code.trim();
        boolean covered = !scope.isEmpty()
                && (scope.all()
                        || c.equals(scope.provinceCode())
                        || agencies.byCode(c)
                                .filter(a -> scope.covers(a.id(), a.provinceCode()))
                                .isPresent());
        if (!covered) {
            throw new NotFoundException(refusalKey, c);
        }
    }

    public void agencies(Collection<Long> agencyIds) {
        agencyIds.forEach(this::agency);
    }

    /** The whole province lies within the caller's scope: an administrator, or a provincial official of that province. */
    public void province(String provinceCode) {
        AgencyScope scope = CurrentUser.scope();
        if (provinceCode == null
                || provinceCode.isBlank()
                || !(scope.all() || provinceCode.trim().equals(scope.provinceCode()))) {
            throw new ForbiddenException("scope.provinceForbidden", provinceCode);
        }
    }

    /** The caller administers a province or everything (a system administrator or a provincial official). */
    public void administrator() {
        if (!CurrentUser.hasRole(Role.SYSTEM_ADMIN) && !CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL)) {
            throw new ForbiddenException("scope.administratorsOnly");
        }
    }

    /**
     * The caller (a user, or a key as {@link Role#INTEGRATION}) holds one of these roles; otherwise 403. A role
     * that only reads (a viewer) is never in a write's list, so a write refused here changes nothing.
     */
    public void role(Role... allowed) {
        role("scope.roleForbidden", allowed);
    }

    /** As {@link #role(Role...)}, refusing with the module's own words (e.g. "only the unit leader approves letters"). */
    public void role(String refusalKey, Role... allowed) {
        Role caller = CurrentUser.principal().map(ScopedPrincipal::role).orElse(null);
        if (caller == null || java.util.Arrays.stream(allowed).noneMatch(r -> r == caller)) {
            throw new ForbiddenException(refusalKey);
        }
    }

    /** The caller may also act on this agency's objects: {@link #role} and then {@link #agency}. */
    public void roleOn(Long agencyId, Role... allowed) {
        role(allowed);
        agency(agencyId);
    }

    /** A national object (the procedure catalogue, calendar overrides, questionnaire versions): administrators only. */
    public void national() {
        if (!CurrentUser.scope().all() || !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("scope.nationalOnly");
        }
    }

    /**
     * The caller may give someone this role over this province or agency: never a key's role, a system
     * administrator only by another, a province only within the caller's own, an agency only within the
     * caller's scope (a unit leader: their own agency, and no role above theirs).
     */
    public void grant(Role role, String provinceCode, Long agencyId) {
        Role caller = CurrentUser.principal().map(ScopedPrincipal::role).orElse(null);
        if (role == null
                || role == Role.INTEGRATION
                || caller == null
                || caller == Role.INTEGRATION
                || role.ordinal() < caller.ordinal()
                || !mayAdminister(caller)) {
            throw new ForbiddenException("user.roleNotAllowed");
        }
        if (role == Role.SYSTEM_ADMIN) {
            national();
            return;
        }
        if (role == Role.PROVINCIAL_OFFICIAL || (provinceCode != null && !provinceCode.isBlank())) {
            province(provinceCode);
        }
        if (agencyId != null) {
            agency(agencyId);
            if (provinceCode != null
                    && !provinceCode.isBlank()
                    && !provinceCode.trim().equals(provinceOf(agencyId))) {
                throw new ForbiddenException("scope.provinceForbidden", provinceCode);
            }
        }
    }

    private static boolean mayAdminister(Role caller) {
        return caller == Role.SYSTEM_ADMIN || caller == Role.PROVINCIAL_OFFICIAL || caller == Role.UNIT_LEADER;
    }

    private String provinceOf(long agencyId) {
        return agencies.byId(agencyId)
                .map(AgencyDirectory.AgencyRef::provinceCode)
                .orElse(null);
    }
}
