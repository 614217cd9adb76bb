package vn.hailong.organization;

import java.time.LocalDate;
import java.util.List;

/** A unit with the units it replaced (mergers) and the units that replaced it. */
public record UnitDetail(
        String code,
        String name,
        String fullName,
        String level,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String unitType,
        String nameEn,
        List<AdminUnit> predecessors,
        List<AdminUnit> successors) {

    static UnitDetail of(AdminUnit u, List<AdminUnit> predecessors, List<AdminUnit> successors) {
        return new UnitDetail(
                u.code(),
                u.name(),
                u.fullName(),
                u.level(),
                u.parentCode(),
                u.validFrom(),
                u.validTo(),
                u.unitType(),
                u.nameEn(),
                predecessors,
                successors);
    }
}
