package vn.hailong.organization;

import java.time.DayOfWeek;
import java.util.Set;

/** An agency of a unit (a People's Committee, a department, a service centre) with its weekly rest days. */
public record Agency(long id, String code, String name, AgencyKind kind, String unitCode, String provinceCode,
        Set<DayOfWeek> weekend) {
}
