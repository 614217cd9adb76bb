package vn.hailong.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.notify.Outbox;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * Alert rules per unit and their alerts: {@link #evaluate()} (daily, and on demand) raises an alert when a
 * rule's condition holds and none of its alerts is still open, and e-mails the unit's leaders through the
 * outbox; the unit acknowledges and closes it with a note. Everything read within the caller's scope.
 */
@Service
public class Alerts {

    private final AlertRepository alerts;
    private final Agencies agencies;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(AlertRepository alerts, Agencies agencies, Outbox outbox, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.agencies = agencies;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit leader (of that unit), a provincial official or an administrator adds a rule. */
    @Transactional
    public AlertRule addRule(String agencyCode, String kind, Double threshold, Integer windowDays) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("alert.forbidden");
        }
        Agency agency = visible(agencyCode);
        AlertKind k;
        try {
            k = AlertKind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("alert.badKind", kind);
        }
        if (threshold == null || threshold < 0 || (k == AlertKind.SATISFACTION_BELOW && threshold > 1)) {
            throw new InvalidInputException("alert.badThreshold", threshold);
        }
        int window = windowDays == null ? 30 : windowDays;
        if (window < 1 || window > 366) {
            throw new InvalidInputException("alert.badWindow", window);
        }
        long id = alerts.addRule(agency.id(), k, threshold, window, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record("insight_alert_rule", id, "CREATE", null, Map.of("agency", agency.code(), "kind", k.name(), "threshold", threshold,
                "windowDays", window));
        return new AlertRule(id, agency.id(), agency.code(), k, threshold, window, true);
    }

    public List<AlertRule> rules() {
        return alerts.rules(CurrentUser.scope());
    }

    public List<Alert> list(boolean open) {
        return alerts.alerts(CurrentUser.scope(), open);
    }

    /** Checks every active rule (system job: all agencies); returns how many alerts were raised. */
    @Transactional
    public int evaluate() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int raised = 0;
        for (AlertRule rule : alerts.rules(AgencyScope.EVERYTHING)) {
            if (!rule.active() || alerts.hasActiveAlert(rule.id())) {
                continue;
            }
            Double observed = observe(rule, today, now);
            if (observed == null) {
                continue;
            }
            alerts.raise(rule, observed, now);
            notifyLeaders(rule, observed);
            raised++;
        }
        return raised;
    }

    private Double observe(AlertRule rule, LocalDate today, LocalDateTime now) {
        LocalDate from = today.minusDays(rule.windowDays() - 1L);
        return switch (rule.kind()) {
            case SATISFACTION_BELOW -> {
                long[] a = alerts.answers(rule.agencyId(), from, today);
                double rate = a[0] == 0 ? 1 : (double) a[1] / a[0];
                yield a[0] > 0 && rate < rule.threshold() ? rate : null;
            }
            case NEGATIVE_OVER -> {
                long negative = alerts.answers(rule.agencyId(), from, today)[2];
                yield negative > rule.threshold() ? (double) negative : null;
            }
            case OVERDUE_OVER -> {
                long overdue = alerts.overdue(rule.agencyId(), now);
                yield overdue > rule.threshold() ? (double) overdue : null;
            }
        };
    }

    private void notifyLeaders(AlertRule rule, double observed) {
        String name = agencies.byIdUnscoped(rule.agencyId()).map(Agency::name).orElse(rule.agencyCode());
        String what = switch (rule.kind()) {
            case SATISFACTION_BELOW -> String.format(Locale.ROOT, "tỷ lệ hài lòng %.1f%% thấp hơn ngưỡng %.1f%% trong %d ngày qua",
                    observed * 100, rule.threshold() * 100, rule.windowDays());
            case NEGATIVE_OVER -> String.format(Locale.ROOT, "%.0f câu trả lời không hài lòng trong %d ngày qua (ngưỡng %.0f)", observed,
                    rule.windowDays(), rule.threshold());
            case OVERDUE_OVER -> String.format(Locale.ROOT, "%.0f hồ sơ đang quá hạn (ngưỡng %.0f)", observed, rule.threshold());
        };
        for (String email : alerts.leaderEmails(rule.agencyId())) {
            outbox.queue(Outbox.Channel.EMAIL, email, "Cảnh báo: " + name,
                    "Hệ thống HaiLong cảnh báo " + name + ": " + what + ". Đề nghị xem xét và xác nhận trên trang Báo cáo.");
        }
    }

    @Transactional
    public Alert acknowledge(long id, String note) {
        Alert a = actionable(id);
        if (!a.status().equals("OPEN")) {
            throw new ConflictException("alert.notOpen");
        }
        alerts.acknowledge(id, CurrentUser.name(), LocalDateTime.now(clock), Texts.blankToNull(note));
        audit.record("insight_alert", id, "ACKNOWLEDGE", null, Map.of("note", String.valueOf(note)));
        return alerts.alert(CurrentUser.scope(), id).orElseThrow();
    }

    /** Closing needs a note: what was done. */
    @Transactional
    public Alert close(long id, String note) {
        Alert a = actionable(id);
        if (a.status().equals("CLOSED")) {
            throw new ConflictException("alert.closed");
        }
        String text = Texts.blankToNull(note);
        if (text == null || text.length() > 1000) {
            throw new InvalidInputException("alert.noteRequired");
        }
        alerts.close(id, CurrentUser.name(), LocalDateTime.now(clock), text);
        audit.record("insight_alert", id, "CLOSE", null, Map.of("note", text));
        return alerts.alert(CurrentUser.scope(), id).orElseThrow();
    }

    private Alert actionable(long id) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("alert.forbidden");
        }
        return alerts.alert(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("alert.notFound", id));
    }

    private Agency visible(String code) {
        return agencies.visible(null).stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
    }
}
