package vn.hailong.ballot;

import java.time.LocalDate;
import java.util.List;

/**
 * What the committee records at an opening. {@code found} = {@code valid} + {@code invalid} slips in the
 * box; the item counts are those of the valid slips WITHOUT a dossier code (the slips with a code are
 * keyed one by one through the paper-slip grid, linked to the session, and never counted again here).
 */
public record Tally(
        LocalDate heldOn,
        String place,
        List<Member> members,
        String sealFound,
        Boolean sealIntact,
        String sealNote,
        String newSeal,
        Integer found,
        Integer valid,
        Integer invalid,
        List<ItemCount> items,
        List<String> comments) {}
