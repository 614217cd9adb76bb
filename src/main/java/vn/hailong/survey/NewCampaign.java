package vn.hailong.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign to create: the questionnaire version, the period, the units (agencies), and the sample plan.
 * Missing quotas take the default of the unit's kind; a missing seed is drawn and recorded; the look-back
 * window defaults to the months before the period; people invited in the last {@code excludeMonths} are left out.
 */
public record NewCampaign(
        @NotBlank String title,
        @NotBlank String questionnaireCode,
        @NotNull Integer questionnaireVersion,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotEmpty List<Long> agencyIds,
        Map<Long, Integer> quotas,
        LocalDate lookbackFrom,
        LocalDate lookbackTo,
        Integer excludeMonths,
        Long seed) {}
