package vn.hailong.survey;

import java.time.LocalDateTime;

/** What the link behind a token leads to: the campaign, the agency, the questionnaire, and its state. */
public record Invitation(
        long id,
        long campaignId,
        String campaignStatus,
        long agencyId,
        String agencyName,
        String questionnaireCode,
        int questionnaireVersion,
        LocalDateTime expiresAt,
        boolean responded) {}
