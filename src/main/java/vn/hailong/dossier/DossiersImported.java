package vn.hailong.dossier;

import java.util.Set;

/**
 * A batch of dossiers was written in bulk, without one event per dossier (published inside the
 * batch's transaction): whoever counts dossiers recounts these agencies.
 */
public record DossiersImported(Set<String> agencyCodes) {}
