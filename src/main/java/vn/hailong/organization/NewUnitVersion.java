package vn.hailong.organization;

import java.time.LocalDate;

/** A version of a unit that a resolution creates, from its effective date on. */
record NewUnitVersion(
        String code,
        String parentCode,
        String level,
        String unitType,
        String name,
        String nameEn,
        LocalDate validFrom,
        String resolution) {

    String fullName() {
        return unitType + " " + name;
    }

    boolean sameAs(AdminUnit u) {
        return code.equals(u.code())
                && level.equals(u.level())
                && unitType.equals(u.unitType())
                && name.equals(u.name())
                && java.util.Objects.equals(parentCode, u.parentCode());
    }
}
