package vn.hailong.ballot;

/** A sealed box at an agency's one-stop desk (or its whole one-stop department when no desk is given). */
public record BallotBox(
        long id,
        long agencyId,
        String agencyName,
        Long deskId,
        String deskName,
        String location,
        String sealNumber,
        BoxStatus status,
        String reminderEmail) {}
