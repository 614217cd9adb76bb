package vn.hailong.feedback;

import java.time.LocalDateTime;

/** An answered case its agency chose to publish, with personal data removed. */
record PublishedCase(
        long id,
        String trackingCode,
        FeedbackCategory category,
        String agencyName,
        String question,
        String answer,
        LocalDateTime receivedAt,
        LocalDateTime answeredAt,
        LocalDateTime publishedAt) {}
