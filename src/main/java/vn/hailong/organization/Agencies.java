package vn.hailong.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/** Agencies, their one-stop desks and officers; reads are limited to what the current user may see. */
@Service
public class Agencies {

    private final AgencyRepository agencies;
    private final vn.hailong.access.ScopeGuard guard;
    private final AdministrativeUnits units;
    private final AuditLog audit;

    Agencies(AgencyRepository agencies, AdministrativeUnits units, AuditLog audit, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.agencies = agencies;
        this.units = units;
        this.audit = audit;
    }

    public List<Agency> visible(String unitCode) {
        return agencies.list(CurrentUser.scope(), unitCode);
    }

    public Agency get(long id) {
        return agencies.find(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("agency.notFound", id));
    }

    /**
     * The heading of the agency's documents (Decree 30/2020/NĐ-CP): a department or service centre writes under
     * "UBND tỉnh Quảng Ninh"; a People's Committee, provincial or commune, has no line above its own name.
     */
    public Letterhead letterhead(long agencyId) {
        Agency agency = get(agencyId);
        String place = units.find(agency.unitCode(), null).orElseThrow().name();
        return new Letterhead(peoplesCommittee(agency) ? null : provinceCommittee(agency), agency.name(), place);
    }

    /**
     * The one-stop body (Decree 118/2025/NĐ-CP Art. 7) that receives for the agency and issues the reception forms:
     * a commune's own Public Administration Service Centre under its People's Committee, otherwise the province's
     * centre (a service centre is its own).
     */
    public OneStopBody oneStop(long agencyId) {
        return oneStopOf(get(agencyId));
    }

    /** A receiving point issues its centre's forms, a branch its single-level centre's. */
    private OneStopBody oneStopOf(Agency agency) {
        AdminUnit unit = units.find(agency.unitCode(), null).orElseThrow();
        if (agency.kind() == AgencyKind.RECEIVING_POINT || agency.kind() == AgencyKind.CENTRE_BRANCH) {
            return oneStopOf(byIdUnscoped(agency.parentId()).orElseThrow());
        }
        if (agency.kind() == AgencyKind.COMMUNE_CENTRE) {
            Agency committee = byIdUnscoped(agency.parentId()).orElseThrow();
            return new OneStopBody(new Letterhead(committee.name(), agency.name(), unit.name()), agency.name());
        }
        if (agency.kind() == AgencyKind.COMMUNE_PC) {
            return new OneStopBody(
                    new Letterhead(agency.name(), OneStopBody.CENTRE, unit.name()),
                    OneStopBody.CENTRE + " " + lowerFirst(unit.fullName()));
        }
        Agency centre = agency.kind() == AgencyKind.SERVICE_CENTER
                ? agency
                : agencies.list(AgencyScope.EVERYTHING, agency.provinceCode()).stream()
                        .filter(a -> a.kind() == AgencyKind.SERVICE_CENTER)
                        .findFirst()
                        .orElse(null);
        String province = units.find(agency.provinceCode(), null).orElseThrow().fullName();
        String name = centre != null ? centre.name() : OneStopBody.CENTRE + " " + lowerFirst(province);
        String place = centre != null
                ? units.find(centre.unitCode(), null).orElseThrow().name()
                : unit.name();
        return new OneStopBody(new Letterhead(provinceCommittee(agency), name, place), name);
    }

    /** The province's People's Committee as the heading of a report over several of its units. */
    public Letterhead provinceLetterhead(long agencyId) {
        String committee = provinceCommittee(get(agencyId));
        return new Letterhead(null, committee, committee.replaceFirst("^UBND (tỉnh|thành phố) ", ""));
    }

    private String provinceCommittee(Agency agency) {
        return "UBND "
                + lowerFirst(
                        units.find(agency.provinceCode(), null).orElseThrow().fullName());
    }

    private static boolean peoplesCommittee(Agency agency) {
        return agency.kind() == AgencyKind.COMMUNE_PC || agency.kind() == AgencyKind.PROVINCE_PC;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** For system code (jobs, demo loading) that works outside a user's scope. */
    public Optional<Agency> byCode(String code) {
        return agencies.byCode(code);
    }

    public Optional<Agency> byIdUnscoped(long id) {
        return agencies.find(AgencyScope.EVERYTHING, id);
    }

    public List<Desk> desks(long agencyId) {
        return agencies.desks(CurrentUser.scope(), agencyId);
    }

    /** For system code (jobs) that works outside a user's scope. */
    public List<Officer> officersUnscoped(long agencyId) {
        return agencies.officers(AgencyScope.EVERYTHING, agencyId);
    }

    public List<Officer> officers(long agencyId) {
        return agencies.officers(CurrentUser.scope(), agencyId);
    }

    @Transactional
    public long create(String code, String name, AgencyKind kind, String unitCode) {
        return create(code, name, kind, unitCode, null);
    }

    /**
     * Creates an agency; a one-stop body that sits under another ({@link AgencyKind#parentKind()}: a commune centre
     * under its commune's People's Committee, a receiving point under a commune centre, a branch under a
     * single-level centre) names it as {@code parentId}, in the same province; the others have none.
     */
    @Transactional
    public long create(String code, String name, AgencyKind kind, String unitCode, Long parentId) {
        AdminUnit unit =
                units.find(unitCode, null).orElseThrow(() -> new InvalidInputException("unit.notFound", unitCode));
        String province = "province".equals(unit.level()) ? unit.code() : unit.parentCode();
        checkParent(kind, province, parentId);
        long id = agencies.insert(code, name, kind, unit.code(), province, parentId);
        audit.record("agency", id, "CREATE", null, Map.of("code", code, "name", name, "kind", kind, "unit", unitCode));
        return id;
    }

    private void checkParent(AgencyKind kind, String province, Long parentId) {
        AgencyKind expected = kind.parentKind();
        if (expected == null && parentId == null) {
            return;
        }
        Agency parent = parentId == null
                ? null
                : agencies.find(AgencyScope.EVERYTHING, parentId).orElse(null);
        if (expected == null
                || parent == null
                || parent.kind() != expected
                || !parent.provinceCode().equals(province)) {
            throw new InvalidInputException(
                    expected == null ? "agency.parentNotAllowed" : "agency.parentInvalid." + kind.name());
        }
    }

    /**
     * The agencies of a province that resolve dossiers (People's Committees and departments), for a one-stop body
     * receiving a dossier for one of them (Decree 118/2025/NĐ-CP Art. 14(2)): only of the caller's own province.
     */
    public List<Agency> resolvers(String provinceCode) {
        AgencyScope scope = CurrentUser.scope();
        if (scope.isEmpty()
                || !(scope.all() || provinceCode.equals(scope.provinceCode()) || ownProvince(scope, provinceCode))) {
            return List.of();
        }
        return agencies.list(AgencyScope.province(provinceCode), null).stream()
                .filter(a -> !a.kind().oneStop())
                .toList();
    }

    private boolean ownProvince(AgencyScope scope, String provinceCode) {
        return agencies.list(scope, null).stream()
                .anyMatch(a -> a.provinceCode().equals(provinceCode));
    }

    /** Records the agency's electronic identifier (blank clears it); each identifier belongs to one agency. */
    @Transactional
    public void setElectronicId(long agencyId, String electronicId) {
        guard.national();
        Agency agency = get(agencyId);
        String id = ElectronicId.normalise(electronicId);
        if (java.util.Objects.equals(id, agency.electronicId())) {
            return;
        }
        if (id != null) {
            agencies.byElectronicId(id).filter(other -> other.id() != agencyId).ifPresent(other -> {
                throw new ConflictException("agency.electronicId.taken", id, other.name());
            });
        }
        agencies.updateElectronicId(agencyId, id);
        audit.record(
                "agency",
                agencyId,
                "UPDATE",
                java.util.Collections.singletonMap("electronicId", agency.electronicId()),
                java.util.Collections.singletonMap("electronicId", id));
    }

    /** For system code (integrations) that finds the agency a dossier code names. */
    public Optional<Agency> byElectronicId(String electronicId) {
        return agencies.byElectronicId(ElectronicId.normalise(electronicId));
    }

    /** A desk belongs to a one-stop body (a centre, a branch or a receiving point) or, as before 2025, a People's Committee. */
    @Transactional
    public long createDesk(long agencyId, String name, String location) {
        AgencyKind kind = byIdUnscoped(agencyId)
                .map(Agency::kind)
                .orElseThrow(() -> new NotFoundException("agency.notFound", agencyId));
        if (!kind.receives()) {
            throw new InvalidInputException("desk.notAtOneStop", agencyId);
        }
        long id = agencies.insertDesk(agencyId, name, location);
        audit.record("desk", id, "CREATE", null, Map.of("agency", agencyId, "name", name));
        return id;
    }

    @Transactional
    public long createOfficer(
            long agencyId, Long deskId, String fullName, String position, String email, String phone) {
        long id = agencies.insertOfficer(agencyId, deskId, fullName, position, email, phone);
        audit.record("officer", id, "CREATE", null, Map.of("agency", agencyId, "name", fullName));
        return id;
    }
}
