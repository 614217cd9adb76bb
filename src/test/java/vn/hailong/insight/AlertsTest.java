package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;

/** A unit leader's rule raises one alert, e-mailed to the leader, which the unit acknowledges and closes with a note. */
class AlertsTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Test
    void ruleRaisesOneAlertThatIsAcknowledgedAndClosed() {
        Browser b = browser();
        jdbc.sql("update app_user set email = 'lanhdao@honggai.example.vn' where username = 'honggai.lanhdao'").update();
        String rule = """
                {"unit": "22-06685", "kind": "SATISFACTION_BELOW", "threshold": 0.999, "windowDays": 366}""";
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule, "honggai.motcua", PW).statusCode()).isEqualTo(403);
        var bad = b.postJson("/api/v1/insight/alert-rules", rule.replace("SATISFACTION_BELOW", "LOW"), "honggai.lanhdao", PW);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Loại cảnh báo “LOW” không hợp lệ");
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule.replace("0.999", "1.5"), "honggai.lanhdao", PW).statusCode()).isEqualTo(400);
        var created = b.postJson("/api/v1/insight/alert-rules", rule, "honggai.lanhdao", PW);
        assertThat(created.statusCode()).isEqualTo(200);
        long ruleId = json(created.body()).get("id").asLong();
        // a rule that does not hold raises nothing
        b.postJson("/api/v1/insight/alert-rules", """
                {"unit": "22-06685", "kind": "OVERDUE_OVER", "threshold": 1000000, "windowDays": 30}""", "honggai.lanhdao", PW);

        long mails = jdbc.sql("select count(*) from outbox_message where recipient = 'lanhdao@honggai.example.vn'").query(Long.class).single();
        assertThat(b.postJson("/api/v1/insight/alerts/evaluate", "", "honggai.lanhdao", PW).statusCode()).isEqualTo(403);
        assertThat(json(b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW).body()).asInt()).isGreaterThanOrEqualTo(1);
        b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW);
        assertThat(jdbc.sql("select count(*) from insight_alert where rule_id = ?").param(ruleId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = 'lanhdao@honggai.example.vn' and subject like 'Cảnh báo%'")
                .query(Long.class).single()).isEqualTo(mails + 1);

        JsonNode alert = null;
        for (JsonNode a : json(b.get("/api/v1/insight/alerts?open=true", "honggai.lanhdao", PW).body())) {
            if (a.get("ruleId").asLong() == ruleId) {
                alert = a;
            }
        }
        assertThat(alert).isNotNull();
        assertThat(alert.get("observed").asDouble()).isGreaterThan(0).isLessThan(0.999);
        assertThat(alert.get("status").asString()).isEqualTo("OPEN");
        long id = alert.get("id").asLong();
        assertThat(b.get("/api/v1/insight/alerts", "halong.motcua", PW).body()).doesNotContain("\"ruleId\":" + ruleId);
        assertThat(b.postJson("/api/v1/insight/alerts/" + id + "/acknowledge", "{}", "halong.motcua", PW).statusCode()).isEqualTo(403);

        var noNote = b.postJson("/api/v1/insight/alerts/" + id + "/close", "{}", "honggai.lanhdao", PW);
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("Hãy ghi rõ việc đã làm");
        assertThat(json(b.postJson("/api/v1/insight/alerts/" + id + "/acknowledge", "{\"note\": \"Đã nhận\"}", "quangninh", PW).body())
                .get("status").asString()).isEqualTo("ACKNOWLEDGED");
        JsonNode closed = json(b.postJson("/api/v1/insight/alerts/" + id + "/close",
                "{\"note\": \"Đã họp nhắc nhở cán bộ một cửa\"}", "honggai.lanhdao", PW).body());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("note").asString()).isEqualTo("Đã họp nhắc nhở cán bộ một cửa");
        assertThat(closed.get("closedBy").asString()).isEqualTo("honggai.lanhdao");
        assertThat(b.postJson("/api/v1/insight/alerts/" + id + "/close", "{\"note\": \"x\"}", "honggai.lanhdao", PW).statusCode())
                .isEqualTo(409);
    }
}
