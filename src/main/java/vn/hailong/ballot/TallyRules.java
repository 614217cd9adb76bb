package vn.hailong.ballot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.rating.RatingItem;
import vn.hailong.shared.InvalidInputException;

/** The checks every tally passes before it is stored; each refusal says in plain words what does not add up. */
final class TallyRules {

    static final int MAX_COMMENTS = 300;

    private TallyRules() {}

    static void check(Tally t, List<RatingItem> items, Set<String> roles, int keyed) {
        List<Member> members = t.members() == null
                ? List.of()
                : t.members().stream()
                        .filter(m -> m != null && m.name() != null && !m.name().isBlank())
                        .toList();
        if (members.size() < 2) {
            throw new InvalidInputException("ballot.members.required");
        }
        for (Member m : members) {
            if (!roles.contains(m.role())) {
                throw new InvalidInputException("ballot.members.unknownRole", m.role());
            }
            if (m.name().trim().length() > 120) {
                throw new InvalidInputException("ballot.members.nameTooLong");
            }
        }
        if (t.sealFound() == null || t.sealFound().isBlank()) {
            throw new InvalidInputException("ballot.seal.foundRequired");
        }
        if (t.sealIntact() == null) {
            throw new InvalidInputException("ballot.seal.intactRequired");
        }
        if (!t.sealIntact() && (t.sealNote() == null || t.sealNote().isBlank())) {
            throw new InvalidInputException("ballot.seal.noteRequired");
        }
        if (t.newSeal() != null
                && !t.newSeal().isBlank()
                && t.newSeal().trim().equalsIgnoreCase(t.sealFound().trim())) {
            throw new InvalidInputException("ballot.seal.sameAsOld", t.newSeal().trim());
        }
        if (t.found() == null || t.valid() == null || t.invalid() == null) {
            throw new InvalidInputException("ballot.tally.countsRequired");
        }
        if (t.found() < 0 || t.valid() < 0 || t.invalid() < 0) {
            throw new InvalidInputException("ballot.tally.negative");
        }
        if (t.valid() + t.invalid() != t.found()) {
            throw new InvalidInputException(
                    "ballot.tally.sumMismatch", t.valid(), t.invalid(), t.valid() + t.invalid(), t.found());
        }
        if (keyed > t.valid()) {
            throw new InvalidInputException("ballot.tally.keyedOver", t.valid(), keyed);
        }
        Map<String, RatingItem> known = new java.util.HashMap<>();
        items.forEach(i -> known.put(i.code(), i));
        Set<String> seen = new HashSet<>();
        for (ItemCount c : t.items() == null ? List.<ItemCount>of() : t.items()) {
            RatingItem item = known.get(c.item());
            if (item == null || !seen.add(c.item())) {
                throw new InvalidInputException("ballot.tally.unknownItem", c.item());
            }
            if (c.counts() == null || c.counts().size() != 5) {
                throw new InvalidInputException("ballot.tally.fiveLevels", item.text());
            }
            int sum = 0;
            for (Integer n : c.counts()) {
                if (n == null || n < 0) {
                    throw new InvalidInputException("ballot.tally.negativeItem", item.text());
                }
                sum += n;
            }
            if (sum > t.valid() - keyed) {
                throw new InvalidInputException(
                        "ballot.tally.itemOver", item.text(), sum, t.valid() - keyed, t.valid(), keyed);
            }
        }
        List<String> comments = t.comments() == null ? List.of() : t.comments();
        if (comments.size() > MAX_COMMENTS || comments.stream().anyMatch(s -> s != null && s.length() > 2000)) {
            throw new InvalidInputException("ballot.tally.commentsTooLong", MAX_COMMENTS);
        }
    }
}
