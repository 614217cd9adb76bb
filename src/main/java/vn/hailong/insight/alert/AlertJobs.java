package vn.hailong.insight.alert;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hailong.insight.Alerts;

/** Checks the alert rules every morning (configurable). */
@Component
class AlertJobs {

    private final Alerts alerts;

    AlertJobs(Alerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(cron = "${hailong.insight.alerts.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void evaluate() {
        alerts.evaluate();
    }
}
