package vn.hailong.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.insight.Alerts;

/**
 * After the rollups: a province-wide satisfaction rule, Hồng Gai's own rules, and a first check, so that the
 * alerts page shows what the morning job would raise (and the leader's e-mails wait in the outbox).
 */
@Component
@Profile("demo")
@Order(101)
class AlertDemo implements DemoStep {

    private final Alerts alerts;

    AlertDemo(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void load() {
        String hongGai = OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI);
        alerts.addRule(null, OrganizationDemo.PROVINCE, "SATISFACTION_BELOW", 0.9, 30);
        alerts.addRule(hongGai, null, "NEGATIVE_OVER", 5.0, 30);
        alerts.addRule(hongGai, null, "OVERDUE_OVER", 0.0, 30);
        alerts.addRule(hongGai, null, "OVERDUE_CASES_OVER", 0.0, 30);
        alerts.evaluate();
    }
}
