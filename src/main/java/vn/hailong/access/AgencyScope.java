package vn.hailong.access;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The agencies a user or an API key may see, applied in SQL and fail-closed: without a scope, a
 * query returns nothing. Use {@link #predicate(String)} over an alias of the {@code agency} table and
 * bind {@link #parameters()}.
 */
public record AgencyScope(boolean all, String provinceCode, Set<Long> agencyIds) implements Serializable {

    public static final AgencyScope NONE = new AgencyScope(false, null, Set.of());
    public static final AgencyScope EVERYTHING = new AgencyScope(true, null, Set.of());

    public AgencyScope {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
    }

    public static AgencyScope province(String provinceCode) {
        return provinceCode == null ? NONE : new AgencyScope(false, provinceCode, Set.of());
    }

    public static AgencyScope agency(Long agencyId) {
        return agencyId == null ? NONE : new AgencyScope(false, null, Set.of(agencyId));
    }

    /** A SQL condition on the agency alias, e.g. {@code predicate("a")} → {@code a.province_code = :scopeProvince}. */
    public String predicate(String agencyAlias) {
        if (all) {
            return "1 = 1";
        }
        if (provinceCode != null) {
            return agencyAlias + ".province_code = :scopeProvince";
        }
        if (!agencyIds.isEmpty()) {
            return agencyAlias + ".id in (:scopeAgencies)";
        }
        return "1 = 0";
    }

    /** The same condition as {@link #predicate(String)}, for an agency already at hand. */
    public boolean covers(long agencyId, String agencyProvinceCode) {
        if (all) {
            return true;
        }
        if (provinceCode != null) {
            return provinceCode.equals(agencyProvinceCode);
        }
        return agencyIds.contains(agencyId);
    }

    /**
     * The same condition on an agency named by id in another column (e.g. a dossier's receiving one-stop body,
     * {@code predicateOnId("d.receiving_agency_id")}), without a join; a null id is not covered.
     */
    public String predicateOnId(String agencyIdColumn) {
        if (all) {
            return "1 = 1";
        }
        if (provinceCode != null) {
            return "exists (select 1 from agency sa where sa.id = " + agencyIdColumn
                    + " and sa.province_code = :scopeProvince)";
        }
        if (!agencyIds.isEmpty()) {
            return agencyIdColumn + " in (:scopeAgencies)";
        }
        return "1 = 0";
    }

    public Map<String, Object> parameters() {
        if (provinceCode != null) {
            return Map.of("scopeProvince", provinceCode);
        }
        if (!agencyIds.isEmpty()) {
            return Map.of("scopeAgencies", agencyIds);
        }
        return Map.of();
    }

    public boolean isEmpty() {
        return !all && provinceCode == null && agencyIds.isEmpty();
    }
}
