package vn.hailong.shared;

import java.time.LocalDateTime;

/**
 * One entry of the changes feed: what changed ({@code kind}: DOSSIER_EVENT, RATING, FEEDBACK_EVENT), the row's id in
 * its own stream, the record it concerns ({@code ref}: a dossier code, or a feedback tracking code), what happened
 * ({@code type}: the event type, the rating's channel, the feedback action), its agency and when. Never personal data.
 */
public record Change(String kind, long id, String ref, String type, long agencyId, LocalDateTime at) {}
