package vn.hailong.ballot.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.ballot.BallotSession;
import vn.hailong.ballot.ItemCount;
import vn.hailong.ballot.ItemResult;
import vn.hailong.ballot.Member;
import vn.hailong.ballot.SessionDetail;
import vn.hailong.ballot.Tally;
import vn.hailong.organization.Officer;
import vn.hailong.rating.RatingItem;
import vn.hailong.shared.InvalidInputException;

/** The session page's form as plain strings: filled from a session, read back into a {@link Tally}. */
final class TallyForm {

    static final int MEMBER_ROWS = 7;
    static final List<String> DEFAULT_ROLES =
            List.of("LEADER", "MTTQ", "UNION", "ONE_STOP", "SECRETARY", "OTHER", "OTHER");

    private TallyForm() {}

    /** The values to show: the session's own, or for a new session the committee's roles with the officers that fit. */
    static Map<String, String> of(SessionDetail d, List<Officer> officers) {
        BallotSession s = d.session();
        Map<String, String> f = new HashMap<>();
        f.put("heldOn", String.valueOf(s.heldOn() != null ? s.heldOn() : s.scheduledOn()));
        f.put("place", s.place() != null ? s.place() : d.box().location());
        f.put("sealFound", s.sealFound() != null ? s.sealFound() : d.box().sealNumber());
        f.put("sealIntact", s.sealIntact() == null ? "true" : s.sealIntact().toString());
        f.put("sealNote", nz(s.sealNote()));
        f.put("newSeal", nz(s.newSeal()));
        f.put("found", s.found() == null ? "" : s.found().toString());
        f.put("valid", s.valid() == null ? "" : s.valid().toString());
        f.put("invalid", s.invalid() == null ? "" : s.invalid().toString());
        f.put("comments", String.join("\n", d.comments()));
        List<Member> members = d.members();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            if (!members.isEmpty()) {
                f.put("memberRole" + i, i < members.size() ? members.get(i).role() : "OTHER");
                f.put("memberName" + i, i < members.size() ? members.get(i).name() : "");
            } else {
                String role = DEFAULT_ROLES.get(i);
                f.put("memberRole" + i, role);
                f.put("memberName" + i, suggest(role, officers));
            }
        }
        for (ItemResult item : d.items()) {
            for (int level = 1; level <= 5; level++) {
                f.put("c_" + item.item() + "_" + level, s.found() == null ? "" : String.valueOf(item.tallied(level)));
            }
        }
        return f;
    }

    static Tally read(Map<String, String> p, List<RatingItem> items) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            String name = p.getOrDefault("memberName" + i, "").trim();
            if (!name.isEmpty()) {
                members.add(new Member(p.getOrDefault("memberRole" + i, "OTHER"), name));
            }
        }
        List<ItemCount> counts = new ArrayList<>();
        for (RatingItem item : items) {
            List<Integer> levels = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                Integer n = number(p.get("c_" + item.code() + "_" + level));
                levels.add(n == null ? 0 : n);
            }
            counts.add(new ItemCount(item.code(), levels));
        }
        String held = p.getOrDefault("heldOn", "").trim();
        LocalDate heldOn;
        try {
            heldOn = held.isEmpty() ? null : LocalDate.parse(held);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("ballot.badDate", held);
        }
        String intact = p.get("sealIntact");
        return new Tally(
                heldOn,
                p.get("place"),
                members,
                p.get("sealFound"),
                intact == null ? null : Boolean.valueOf(intact),
                p.get("sealNote"),
                p.get("newSeal"),
                number(p.get("found")),
                number(p.get("valid")),
                number(p.get("invalid")),
                counts,
                p.getOrDefault("comments", "").lines().toList());
    }

    static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ballot.tally.notANumber", s.trim());
        }
    }

    private static String suggest(String role, List<Officer> officers) {
        String hint = switch (role) {
            case "LEADER" -> "Chủ tịch";
            case "SECRETARY" -> "Văn phòng - Thống kê";
            case "ONE_STOP" -> "tiếp nhận";
            default -> null;
        };
        if (hint == null) {
            return "";
        }
        return officers.stream()
                .filter(o -> o.position() != null && o.position().contains(hint))
                .map(Officer::fullName)
                .findFirst()
                .orElse("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
