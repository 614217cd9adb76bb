package vn.hailong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hailong.rating.RatingItem;
import vn.hailong.shared.InvalidInputException;

/** Tallies that do not add up are refused, each with the reason. */
class TallyRulesTest {

    static final List<RatingItem> QUICK = List.of(
            new RatingItem("RESULT", "Kết quả giải quyết thủ tục hành chính", false),
            new RatingItem("CONDUCT", "Thái độ, giao tiếp, tinh thần trách nhiệm của cán bộ", false));
    static final Set<String> ROLES = Set.of("LEADER", "MTTQ", "UNION", "ONE_STOP", "SECRETARY", "OTHER");
    static final List<Member> MEMBERS =
            List.of(new Member("LEADER", "Trần Văn Minh"), new Member("SECRETARY", "Lê Thị Hoa"));

    static Tally tally(Integer found, Integer valid, Integer invalid, List<Integer> result) {
        return new Tally(
                LocalDate.of(2026, 11, 30),
                "Sảnh",
                MEMBERS,
                "06685/101",
                true,
                null,
                "06685/102",
                found,
                valid,
                invalid,
                List.of(new ItemCount("RESULT", result), new ItemCount("CONDUCT", List.of(0, 0, 1, 10, 20))),
                List.of("Tốt"));
    }

    static String key(Runnable r) {
        try {
            r.run();
            return null;
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
    }

    @Test
    void aTallyThatAddsUpPasses() {
        assertThatCode(() -> TallyRules.check(tally(120, 117, 3, List.of(1, 2, 4, 30, 80)), QUICK, ROLES, 0))
                .doesNotThrowAnyException();
        // 117 valid, 10 keyed one by one: the remaining 107 may all be counted here
        assertThatCode(() -> TallyRules.check(tally(120, 117, 3, List.of(1, 2, 4, 20, 80)), QUICK, ROLES, 10))
                .doesNotThrowAnyException();
    }

    @Test
    void validPlusInvalidMustEqualFound() {
        assertThatThrownBy(() -> TallyRules.check(tally(120, 116, 3, List.of(0, 0, 0, 0, 0)), QUICK, ROLES, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("ballot.tally.sumMismatch");
    }

    @Test
    void anItemCannotHaveMoreSlipsThanValid() {
        assertThatThrownBy(() -> TallyRules.check(tally(120, 117, 3, List.of(1, 2, 4, 30, 81)), QUICK, ROLES, 0))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("ballot.tally.itemOver");
        // the slips keyed by dossier code are not counted again in the table
        assertThatThrownBy(() -> TallyRules.check(tally(120, 117, 3, List.of(1, 2, 4, 30, 80)), QUICK, ROLES, 1))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("ballot.tally.itemOver");
        assertThatThrownBy(() -> TallyRules.check(tally(10, 10, 0, List.of(0, 0, 0, 0, 0)), QUICK, ROLES, 11))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("ballot.tally.keyedOver");
    }

    @Test
    void otherRefusals() {
        assertThat(key(() -> TallyRules.check(tally(-1, -1, 0, List.of(0, 0, 0, 0, 0)), QUICK, ROLES, 0)))
                .isEqualTo("ballot.tally.negative");
        assertThat(key(() -> TallyRules.check(tally(null, 1, 0, List.of(0, 0, 0, 0, 0)), QUICK, ROLES, 0)))
                .isEqualTo("ballot.tally.countsRequired");
        assertThat(key(() -> TallyRules.check(tally(5, 5, 0, List.of(0, -1, 0, 0, 0)), QUICK, ROLES, 0)))
                .isEqualTo("ballot.tally.negativeItem");
        assertThat(key(() -> TallyRules.check(tally(5, 5, 0, List.of(0, 0, 5)), QUICK, ROLES, 0)))
                .isEqualTo("ballot.tally.fiveLevels");
        Tally oneMember =
                new Tally(null, null, List.of(MEMBERS.get(0)), "A", true, null, null, 0, 0, 0, List.of(), List.of());
        assertThat(key(() -> TallyRules.check(oneMember, QUICK, ROLES, 0))).isEqualTo("ballot.members.required");
        Tally broken = new Tally(null, null, MEMBERS, "A", false, " ", null, 0, 0, 0, List.of(), List.of());
        assertThat(key(() -> TallyRules.check(broken, QUICK, ROLES, 0))).isEqualTo("ballot.seal.noteRequired");
        Tally sameSeal = new Tally(null, null, MEMBERS, "A-1", true, null, "a-1", 0, 0, 0, List.of(), List.of());
        assertThat(key(() -> TallyRules.check(sameSeal, QUICK, ROLES, 0))).isEqualTo("ballot.seal.sameAsOld");
        Tally unknown = new Tally(
                null,
                null,
                MEMBERS,
                "A",
                true,
                null,
                null,
                1,
                1,
                0,
                List.of(new ItemCount("FEES", List.of(0, 0, 0, 0, 1))),
                List.of());
        assertThat(key(() -> TallyRules.check(unknown, QUICK, ROLES, 0))).isEqualTo("ballot.tally.unknownItem");
    }
}
