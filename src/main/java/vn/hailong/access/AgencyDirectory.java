package vn.hailong.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies as access needs them to check a scope and to name a user's or a key's agency. The organization
 * module owns the agencies and implements this (it depends on access, so access asks through this interface and
 * never reads the {@code agency} table).
 */
public interface AgencyDirectory {

    /** An agency's identity and province. */
    record AgencyRef(long id, String code, String name, String provinceCode) {}

    Optional<AgencyRef> byId(long id);

    Optional<AgencyRef> byCode(String code);

    /** The agencies a scope covers, by name. */
    List<AgencyRef> within(AgencyScope scope);

    /** The names of these agencies (unknown ids are left out). */
    Map<Long, String> names(Collection<Long> ids);

    /** The province's name as a person reads it ("Tỉnh Quảng Ninh"), the code itself when it is unknown. */
    String provinceName(String provinceCode);
}
