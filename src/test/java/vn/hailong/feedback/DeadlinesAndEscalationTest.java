package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.access.SystemActor;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** Decision 766's deadlines in working days over the holidays, and the escalation of an overdue case. */
class DeadlinesAndEscalationTest extends AppTest {

    @Autowired
    FeedbackDeadlines deadlines;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackCases cases;

    @Autowired
    Escalation escalation;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} received {1}: due {2}")
    @CsvSource({
        // Tết Bính Ngọ 2026: 16–20 February off; counting starts the day after receipt
        "decide, 2026-02-12T10:00, 2026-02-23T17:30",
        "requestInfo, 2026-02-12T10:00, 2026-02-26T17:30",
        "resolve, 2026-02-12T10:00, 2026-03-12T17:30",
        // Hùng Kings' day on Sunday 26/4 → Monday 27/4 off
        "decide, 2026-04-24T09:00, 2026-04-29T17:30",
        // answered after the 15:00 cut-off on 28/4: 30/4, 1/5 and the weekend are off
        "publish, 2026-04-28T16:00, 2026-05-05T17:30",
        // received on a Saturday: as if received on Monday
        "resolve, 2026-03-07T09:00, 2026-03-30T17:30"
    })
    void everyDeadlineIsCountedInWorkingDaysOverHolidays(String step, String received, String due) {
        LocalDateTime at = LocalDateTime.parse(received);
        var weekend = WorkingCalendar.DEFAULT_WEEKEND;
        LocalDateTime computed = switch (step) {
            case "decide" -> deadlines.decide(at, weekend);
            case "requestInfo" -> deadlines.requestInfo(at, weekend);
            case "resolve" -> deadlines.resolve(at, weekend);
            default -> deadlines.publish(at, weekend);
        };
        assertThat(computed).isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void aCaseGetsItsDeadlinesFromTheAgencysCalendar() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var receipt = SystemActor.call(
                "test",
                () -> intake.enter(
                        new NewFeedback(
                                FeedbackCategory.SUGGESTION,
                                hongGai,
                                null,
                                "Góp ý từ hòm thư: nên có máy lấy số tự động.",
                                null,
                                null,
                                null),
                        FeedbackChannel.BOX));
        FeedbackCase c = SystemActor.call("test", () -> cases.get(receipt.id()));
        assertThat(c.channel()).isEqualTo(FeedbackChannel.BOX);
        assertThat(c.dueAt())
                .isEqualTo(c.decideDueAt())
                .isEqualTo(deadlines.decide(c.receivedAt(), WorkingCalendar.DEFAULT_WEEKEND));
        assertThat(c.resolveDueAt()).isEqualTo(deadlines.resolve(c.receivedAt(), WorkingCalendar.DEFAULT_WEEKEND));
        List<Deadline> clocks = SystemActor.call("test", () -> cases.deadlines(c));
        assertThat(clocks).extracting(Deadline::step).containsExactly("DECIDE", "REQUEST_INFO", "RESOLVE");
        assertThat(clocks.get(0).late()).isFalse();
    }

    @Test
    void anOverdueCaseEscalatesToTheLeaderThenToTheProvince() {
        long hongGai = agencies.byCode("22-06685").orElseThrow().id();
        var receipt = SystemActor.call(
                "test",
                () -> intake.enter(
                        new NewFeedback(
                                FeedbackCategory.COMPLAINT,
                                hongGai,
                                null,
                                "Phản ánh qua đường dây nóng: hồ sơ đất đai trễ hẹn hai tuần.",
                                "Lý Văn Sáu",
                                "0933444555",
                                null),
                        FeedbackChannel.HOTLINE));
        long id = receipt.id();
        SystemActor.run("test", () -> cases.act(id, FeedbackAction.ACCEPT, null));
        LocalDateTime past = LocalDateTime.now(clock).minusDays(3);
        jdbc.sql("update feedback_case set due_at = :t, resolve_due_at = :t where id = :id")
                .param("t", Timestamp.valueOf(past))
                .param("id", id)
                .update();

        Browser leader = browser();
        leader.signIn("honggai.lanhdao", "hailong-demo");
        assertThat(leader.get("/api/v1/feedback?overdue=true&agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                        .body())
                .contains(receipt.trackingCode());
        assertThat(leader.get("/api/v1/feedback?overdue=false&agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                        .body())
                .doesNotContain(receipt.trackingCode());

        SystemActor.run("test", escalation::run);
        assertThat(level(id)).isEqualTo(1);
        SystemActor.run("test", escalation::run);
        assertThat(level(id))
                .as("the province only after a few more working days")
                .isEqualTo(1);
        jdbc.sql("update feedback_case set escalated_at = :t where id = :id")
                .param("t", Timestamp.valueOf(LocalDateTime.now(clock).minusDays(10)))
                .param("id", id)
                .update();
        SystemActor.run("test", escalation::run);
        assertThat(level(id)).isEqualTo(2);
        String page = leader.get("/phan-anh/" + id).body();
        assertThat(page)
                .contains("Đã báo cấp tỉnh", "Quá hạn: báo lãnh đạo đơn vị", "Quá hạn: báo cấp tỉnh", "Trễ hạn");
        assertThat(browser().get("/gop-y/" + receipt.trackingCode()).body())
                .as("the public page does not show escalations")
                .doesNotContain("Quá hạn: báo")
                .doesNotContain("Lý Văn Sáu");

        SystemActor.run(
                "test", () -> cases.act(id, FeedbackAction.ANSWER, FeedbackCommand.of("Đã trả kết quả cho ông Sáu.")));
        assertThat(leader.get("/api/v1/feedback?overdue=true&agency=" + hongGai, "honggai.lanhdao", "hailong-demo")
                        .body())
                .as("answered is no longer overdue")
                .doesNotContain(receipt.trackingCode());
    }

    int level(long id) {
        return jdbc.sql("select escalation from feedback_case where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
