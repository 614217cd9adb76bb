package vn.hailong.insight;

/** One unit on the public scorecard: its satisfaction (with n and interval) and timeliness; nothing personal. */
public record Scorecard(String code, String name, SatisfactionItem satisfaction, TimelinessItem timeliness) {}
