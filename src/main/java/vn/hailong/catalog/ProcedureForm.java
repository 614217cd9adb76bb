package vn.hailong.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hailong.calendar.DurationUnit;

/** What an editor enters for a procedure; documents and agency kinds are one per line / comma-separated. */
public record ProcedureForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String code,

        @NotBlank @Size(max = 400) String name,
        @NotBlank String fieldCode,
        @NotNull @Min(1) @Max(365) Integer duration,
        @NotNull DurationUnit durationUnit,
        @NotNull @Min(0) Long feeVnd,
        @NotNull LifeEvent lifeEvent,
        @Size(max = 120) String agencyKinds,
        @Size(max = 4000) String documents,
        @Size(max = 20) String nationalCode) {

    public static ProcedureForm of(Procedure p) {
        return new ProcedureForm(
                p.code(),
                p.name(),
                p.fieldCode(),
                p.duration(),
                p.durationUnit(),
                p.feeVnd(),
                p.lifeEvent(),
                String.join(",", p.agencyKinds()),
                String.join("\n", p.documents()),
                p.nationalCode());
    }

    /** The same form with another national code (mã TTHC). */
    public ProcedureForm withNationalCode(String code) {
        return new ProcedureForm(
                this.code, name, fieldCode, duration, durationUnit, feeVnd, lifeEvent, agencyKinds, documents, code);
    }

    public static ProcedureForm empty() {
        return new ProcedureForm("", "", "", 1, DurationUnit.WORKING_DAYS, 0L, LifeEvent.NONE, "COMMUNE_PC", "", "");
    }
}
