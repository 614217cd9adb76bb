package vn.hailong.ballot;

/**
 * Ballot-box results for the indices (channel "ballot box"): closed sessions' slips per agency (and desk,
 * when the box belongs to one) × month × item × level. Slips keyed one by one are not in here: they are
 * PAPER ratings tied to their dossiers, so adding both never counts a slip twice.
 */
public record BallotResult(long agencyId, Long deskId, String month, String item, int level, int count) {}
