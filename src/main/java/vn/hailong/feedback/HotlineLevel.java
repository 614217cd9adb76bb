package vn.hailong.feedback;

import java.util.List;
import vn.hailong.organization.AgencyKind;

/** The level of government a hotline's unit belongs to: the province's bodies or a commune's. */
public enum HotlineLevel {
    PROVINCE(List.of(
            AgencyKind.PROVINCE_PC, AgencyKind.DEPARTMENT, AgencyKind.SERVICE_CENTER, AgencyKind.CENTRE_BRANCH)),
    COMMUNE(List.of(AgencyKind.COMMUNE_PC, AgencyKind.COMMUNE_CENTRE, AgencyKind.RECEIVING_POINT));

    private final List<AgencyKind> kinds;

    HotlineLevel(List<AgencyKind> kinds) {
        this.kinds = kinds;
    }

    /** The agency kinds of this level, as stored in {@code agency.kind}. */
    List<String> kinds() {
        return kinds.stream().map(Enum::name).toList();
    }
}
