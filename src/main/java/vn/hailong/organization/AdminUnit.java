package vn.hailong.organization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** One version of an administrative unit: valid from {@code validFrom} (null = before our data) to {@code validTo}. */
public record AdminUnit(
        @JsonIgnore long id,
        String code,
        String name,
        String fullName,
        String level,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String unitType,
        String nameEn) {}
