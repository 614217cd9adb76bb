package vn.hailong.insight;

/**
 * Timeliness of the processing steps one agency and officer finished (against each step's allotted due time):
 * {@code officerId} null when the steps named no officer; {@code timeliness} keyed {@code agencyCode/officerId}.
 */
record StepTimeliness(
        String agencyCode, String agencyName, Long officerId, String officerName, TimelinessItem timeliness) {}
