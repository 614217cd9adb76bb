package vn.hailong.feedback;

/**
 * A feedback case was opened or moved (published inside the transaction that wrote it, so a listener's writes
 * commit or roll back with it); {@code dossierCode} is the dossier it is about, if any.
 */
public record FeedbackCaseChanged(long caseId, long agencyId, String dossierCode) {}
