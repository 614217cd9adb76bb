package vn.hailong.survey;

/** A person who could be invited: a dossier whose result was returned, its field (the stratum) and a contact. */
public record Candidate(long dossierId, String fieldCode, String contact) {
}
