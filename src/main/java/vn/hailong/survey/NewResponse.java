package vn.hailong.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A response: by an invitation's token (the citizen's link), or — for a signed-in interviewer or paper
 * entry — by campaign and agency with channel INTERVIEW or PAPER. Safe to repeat with the same key.
 */
public record NewResponse(
        @NotBlank @Size(max = 80) String idempotencyKey,
        String token,
        Long campaignId,
        Long agencyId,
        String channel,
        @NotNull List<AnswerValue> answers) {}
