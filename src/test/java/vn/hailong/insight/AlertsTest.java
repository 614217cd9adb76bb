package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hailong.access.AgencyScope;
import vn.hailong.insight.alert.AlertRepository;
import vn.hailong.support.AppTest;
import vn.hailong.support.Browser;
import vn.hailong.support.ChosenInstant;

/**
 * A unit leader's rule raises one alert, e-mailed to the leader, which the unit acknowledges and closes with a note;
 * it does not fire again while open. Thresholds validated; province-wide rules; scope fail-closed.
 */
class AlertsTest extends AppTest {

    private static final String PW = "hailong-demo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlertRepository repository;

    @Test
    void ruleRaisesOneAlertThatIsAcknowledgedAndClosed() {
        Browser b = browser();
        assertThat(jdbc.sql("select email from app_user where username = 'honggai.lanhdao'")
                        .query(String.class)
                        .single())
                .as("the demo leader has an address the alerts reach")
                .isNotBlank();
        jdbc.sql("update app_user set email = 'lanhdao@honggai.example.vn' where username = 'honggai.lanhdao'")
                .update();
        String rule = """
                {"unit": "22-06685", "kind": "SATISFACTION_BELOW", "threshold": 0.999, "windowDays": 366}""";
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule, "honggai.motcua", PW)
                        .statusCode())
                .isEqualTo(403);
        var bad = b.postJson(
                "/api/v1/insight/alert-rules", rule.replace("SATISFACTION_BELOW", "LOW"), "honggai.lanhdao", PW);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Loại cảnh báo “LOW” không hợp lệ");
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule.replace("0.999", "1.5"), "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(400);
        var created = b.postJson("/api/v1/insight/alert-rules", rule, "honggai.lanhdao", PW);
        assertThat(created.statusCode()).isEqualTo(200);
        long ruleId = json(created.body()).get("id").asLong();
        // a rule that does not hold raises nothing
        b.postJson("/api/v1/insight/alert-rules", """
                {"unit": "22-06685", "kind": "OVERDUE_OVER", "threshold": 1000000, "windowDays": 30}""", "honggai.lanhdao", PW);

        // this rule's own e-mail (its window is unique): the demo's other rules for the unit may fire on some days too
        String thisRulesMails = "select count(*) from outbox_message where recipient = 'lanhdao@honggai.example.vn'"
                + " and subject like 'Cảnh báo%' and body like '%tỷ lệ hài lòng%trong 366 ngày qua%'";
        long mails = jdbc.sql(thisRulesMails).query(Long.class).single();
        assertThat(b.postJson("/api/v1/insight/alerts/evaluate", "", "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(json(b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW)
                                .body())
                        .asInt())
                .isGreaterThanOrEqualTo(1);
        b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW);
        assertThat(jdbc.sql("select count(*) from insight_alert where rule_id = ?")
                        .param(ruleId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(thisRulesMails).query(Long.class).single()).isEqualTo(mails + 1);

        JsonNode alert = null;
        for (JsonNode a : json(
                b.get("/api/v1/insight/alerts?open=true", "honggai.lanhdao", PW).body())) {
            if (a.get("ruleId").asLong() == ruleId) {
                alert = a;
            }
        }
        assertThat(alert).isNotNull();
        assertThat(alert.get("observed").asDouble()).isGreaterThan(0).isLessThan(0.999);
        assertThat(alert.get("status").asString()).isEqualTo("OPEN");
        long id = alert.get("id").asLong();
        assertThat(b.get("/api/v1/insight/alerts", "halong.motcua", PW).body()).doesNotContain("\"ruleId\":" + ruleId);
        assertThat(b.postJson("/api/v1/insight/alerts/" + id + "/acknowledge", "{}", "halong.motcua", PW)
                        .statusCode())
                .isEqualTo(403);

        var noNote = b.postJson("/api/v1/insight/alerts/" + id + "/close", "{}", "honggai.lanhdao", PW);
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("Hãy ghi rõ việc đã làm");
        assertThat(json(b.postJson(
                                        "/api/v1/insight/alerts/" + id + "/acknowledge",
                                        "{\"note\": \"Đã nhận\"}",
                                        "quangninh",
                                        PW)
                                .body())
                        .get("status")
                        .asString())
                .isEqualTo("ACKNOWLEDGED");
        JsonNode closed = json(b.postJson(
                        "/api/v1/insight/alerts/" + id + "/close",
                        "{\"note\": \"Đã họp nhắc nhở cán bộ một cửa\"}",
                        "honggai.lanhdao",
                        PW)
                .body());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("note").asString()).isEqualTo("Đã họp nhắc nhở cán bộ một cửa");
        assertThat(closed.get("closedBy").asString()).isEqualTo("honggai.lanhdao");
        assertThat(b.postJson("/api/v1/insight/alerts/" + id + "/close", "{\"note\": \"x\"}", "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(409);

        // the condition still holds: once the alert is closed, the next check raises a new one (and only one)
        b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW);
        b.postJson("/api/v1/insight/alerts/evaluate", "", "admin", PW);
        assertThat(jdbc.sql("select count(*) from insight_alert where rule_id = ?")
                        .param(ruleId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from insight_alert where rule_id = ? and status <> 'CLOSED'")
                        .param(ruleId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thresholdsAreValidatedInVietnamese() {
        Browser b = browser();
        var zero = b.postJson("/api/v1/insight/alert-rules", """
                {"unit": "22-06685", "kind": "SATISFACTION_BELOW", "threshold": 0, "windowDays": 30}""", "honggai.lanhdao", PW);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("lớn hơn 0% và không quá 100%");
        var fraction = b.postJson("/api/v1/insight/alert-rules", """
                {"unit": "22-06685", "kind": "NEGATIVE_OVER", "threshold": 2.5, "windowDays": 30}""", "honggai.lanhdao", PW);
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(fraction.body()).contains("số nguyên từ 0 đến 1.000.000");
        var window = b.postJson("/api/v1/insight/alert-rules", """
                {"unit": "22-06685", "kind": "NEGATIVE_OVER", "threshold": 3, "windowDays": 0}""", "honggai.lanhdao", PW);
        assertThat(window.statusCode()).isEqualTo(400);
        assertThat(window.body()).contains("từ 1 đến 366 ngày");
        var none = b.postJson("/api/v1/insight/alert-rules", """
                {"kind": "NEGATIVE_OVER", "threshold": 3}""", "quangninh", PW);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Hãy chọn một đơn vị");
    }

    /** Province-wide rules: set by the province, read-only to a unit leader; everything scoped and fail-closed. */
    @Test
    void provinceRulesAndScope() {
        Browser b = browser();
        String rule = """
                {"province": "22", "kind": "OVERDUE_OVER", "threshold": 1000000, "windowDays": 30}""";
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule, "honggai.lanhdao", PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(b.postJson("/api/v1/insight/alert-rules", rule.replace("\"22\"", "\"01\""), "quangninh", PW)
                        .statusCode())
                .isEqualTo(404);
        var created = b.postJson("/api/v1/insight/alert-rules", rule, "quangninh", PW);
        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode r = json(created.body());
        assertThat(r.get("provinceCode").asString()).isEqualTo("22");
        assertThat(r.get("agencyId").isNull()).isTrue();
        long id = r.get("id").asLong();
        // visible to the unit leader and the one-stop officer of a unit of the province, changed only by the province
        assertThat(b.get("/api/v1/insight/alert-rules", "halong.motcua", PW).body())
                .contains("\"id\":" + id + ",");
        assertThat(b.postJson("/api/v1/insight/alert-rules", "{}", "halong.motcua", PW)
                        .statusCode())
                .isEqualTo(403);
        assertThat(patch(b, "/api/v1/insight/alert-rules/" + id, "{\"active\": false}", "honggai.lanhdao")
                        .statusCode())
                .isEqualTo(403);
        var bad = patch(b, "/api/v1/insight/alert-rules/" + id, "{\"threshold\": -1}", "quangninh");
        assertThat(bad.statusCode()).isEqualTo(400);
        var off =
                json(patch(b, "/api/v1/insight/alert-rules/" + id, "{\"threshold\": 7, \"active\": false}", "quangninh")
                        .body());
        assertThat(off.get("active").asBoolean()).isFalse();
        assertThat(off.get("threshold").asDouble()).isEqualTo(7);

        // a unit's rules are not seen from another unit
        long hongGaiRule = jdbc.sql(
                        "select min(r.id) from insight_alert_rule r join agency a on a.id = r.agency_id where a.code = '22-06685'")
                .query(Long.class)
                .single();
        assertThat(b.get("/api/v1/insight/alert-rules", "halong.motcua", PW).body())
                .doesNotContain("22-06685");
        assertThat(patch(b, "/api/v1/insight/alert-rules/" + hongGaiRule, "{\"active\": false}", "quangninh")
                        .statusCode())
                .isEqualTo(200);
        patch(b, "/api/v1/insight/alert-rules/" + hongGaiRule, "{\"active\": true}", "quangninh");

        // fail-closed: a scope that sees nothing reads no rule, no alert and no count
        assertThat(repository.rules(AgencyScope.NONE)).isEmpty();
        assertThat(repository.alerts(AgencyScope.NONE, java.util.EnumSet.allOf(AlertStatus.class)))
                .isEmpty();
        assertThat(repository.openCount(AgencyScope.NONE)).isZero();
        assertThat(repository.rule(AgencyScope.NONE, id)).isEmpty();
        assertThat(repository.rules(AgencyScope.province("01"))).isEmpty();
    }

    private java.net.http.HttpResponse<String> patch(Browser b, String path, String body, String user) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PW).getBytes()))
                    .header("Content-Type", "application/json")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @ChosenInstant.MonthsLastWorkingDay
    static class AtMonthsLastWorkingDayTest extends AlertsTest {}

    @ChosenInstant.NewYear
    static class AtNewYearTest extends AlertsTest {}

    @ChosenInstant.AfterTet
    static class AtAfterTetTest extends AlertsTest {}

    @ChosenInstant.MonthsLastDayUtc
    static class AtMonthsLastDayUtcTest extends AlertsTest {}
}
