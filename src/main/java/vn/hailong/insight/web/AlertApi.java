package vn.hailong.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.insight.Alert;
import vn.hailong.insight.AlertRule;
import vn.hailong.insight.Alerts;

@RestController
@Tag(name = "Cảnh báo / Alerts", description = "Alert rules per unit and the alerts they raise, in the caller's scope")
class AlertApi {

    record NewRule(String unit, String province, String kind, Double threshold, Integer windowDays) {}

    record RuleChange(Double threshold, Integer windowDays, Boolean active) {}

    record Note(String note) {}

    private final Alerts alerts;

    AlertApi(Alerts alerts) {
        this.alerts = alerts;
    }

    @PostMapping("/api/v1/insight/alert-rules")
    @Operation(
            summary =
                    "Add a rule to a unit (unit = agency code) or to every unit of a province (province = code; provincial officials, administrators): SATISFACTION_BELOW (threshold above 0, at most 1), NEGATIVE_OVER or OVERDUE_OVER (whole counts), over windowDays (1..366)")
    AlertRule add(@RequestBody NewRule in) {
        return alerts.addRule(in.unit(), in.province(), in.kind(), in.threshold(), in.windowDays());
    }

    @PatchMapping("/api/v1/insight/alert-rules/{id}")
    @Operation(summary = "Change a rule's threshold or window, or disable (active=false) / enable it")
    AlertRule change(@PathVariable long id, @RequestBody RuleChange in) {
        return alerts.updateRule(id, in.threshold(), in.windowDays(), in.active());
    }

    @GetMapping("/api/v1/insight/alert-rules")
    List<AlertRule> rules() {
        return alerts.rules();
    }

    @GetMapping("/api/v1/insight/alerts")
    @Operation(summary = "Alerts of the caller's units, newest first (open=true: not closed)")
    List<Alert> list(@RequestParam(defaultValue = "false") boolean open) {
        return alerts.list(open);
    }

    @PostMapping("/api/v1/insight/alerts/evaluate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Check every rule now (administrators; also runs every morning)")
    int evaluate() {
        return alerts.evaluate();
    }

    @PostMapping("/api/v1/insight/alerts/{id}/acknowledge")
    Alert acknowledge(@PathVariable long id, @RequestBody(required = false) Note in) {
        return alerts.acknowledge(id, in == null ? null : in.note());
    }

    @PostMapping("/api/v1/insight/alerts/{id}/close")
    @Operation(summary = "Close an alert with a note saying what was done")
    Alert close(@PathVariable long id, @RequestBody(required = false) Note in) {
        return alerts.close(id, in == null ? null : in.note());
    }
}
