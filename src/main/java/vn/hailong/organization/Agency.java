package vn.hailong.organization;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * An agency of a unit (a People's Committee, a department, a service centre) with its weekly rest days and its
 * electronic identifier (mã định danh điện tử; {@code null} until entered).
 */
public record Agency(
        long id,
        String code,
        String name,
        AgencyKind kind,
        String unitCode,
        String provinceCode,
        Set<DayOfWeek> weekend,
        String electronicId) {}
