package vn.hailong.ballot;

import java.util.List;

/** A session with its committee, per-item results, comments, amendments and incident (if any). */
public record SessionDetail(
        BallotSession session,
        BallotBox box,
        List<Member> members,
        List<ItemResult> items,
        List<String> comments,
        List<Amendment> amendments,
        Incident incident) {

    /** Answers at levels 4–5 over all answers of all items (the satisfaction rate), or null without answers. */
    public Double satisfactionRate() {
        int answered = items.stream().mapToInt(ItemResult::answered).sum();
        return answered == 0
                ? null
                : (double) items.stream().mapToInt(ItemResult::satisfied).sum() / answered;
    }

    public int answered() {
        return items.stream().mapToInt(ItemResult::answered).sum();
    }

    public int satisfied() {
        return items.stream().mapToInt(ItemResult::satisfied).sum();
    }
}
