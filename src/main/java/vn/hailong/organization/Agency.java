package vn.hailong.organization;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * An agency of a unit (a People's Committee, a department, a service centre) with its weekly rest days and its
 * electronic identifier (mã định danh điện tử; {@code null} until entered). {@code parentId} is the agency a one-stop
 * body sits under (a commune centre's People's Committee, a receiving point's centre, a branch's single-level centre),
 * otherwise {@code null}.
 */
public record Agency(
        long id,
        String code,
        String name,
        AgencyKind kind,
        String unitCode,
        String provinceCode,
        Set<DayOfWeek> weekend,
        String electronicId,
        Long parentId) {}
