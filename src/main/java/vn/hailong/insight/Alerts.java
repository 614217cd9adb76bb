package vn.hailong.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.insight.alert.AlertRepository;
import vn.hailong.notify.Outbox;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * Alert rules per unit, or for every unit of a province, and their alerts: {@link #evaluate()} (daily, and on
 * demand) raises an alert for a unit when a rule's condition holds and that rule has no alert of the unit still
 * open or acknowledged, and e-mails the unit's leaders through the outbox; the unit acknowledges and closes it
 * with a note. Everything read within the caller's scope.
 */
@Service
public class Alerts {

    static final int MAX_COUNT = 1_000_000;

    private final AlertRepository alerts;
    private final FeedbackCases cases;
    private final Agencies agencies;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final int minN;
    private final MessageSource messages;

    Alerts(
            AlertRepository alerts,
            FeedbackCases cases,
            Agencies agencies,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            InsightProperties properties,
            MessageSource messages) {
        this.minN = properties.alertsMinN();
        this.messages = messages;
        this.alerts = alerts;
        this.cases = cases;
        this.agencies = agencies;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a rule to a unit (agency code), or with {@code province} to every unit of a province (provincial
     * officials of that province and administrators only). Unit leaders add rules to their own unit.
     */
    @Transactional
    public AlertRule addRule(String unit, String province, String kind, Double threshold, Integer windowDays) {
        requireManager();
        AlertKind k = kind(kind);
        double t = threshold(k, threshold);
        int window = window(windowDays);
        Long agencyId = null;
        String target;
        if (Texts.blankToNull(unit) != null) {
            agencyId = visible(unit.trim()).id();
            target = unit.trim();
        } else if (Texts.blankToNull(province) != null) {
            target = province.trim();
            requireProvince(target);
        } else {
            throw new InvalidInputException("alert.targetRequired");
        }
        long id = alerts.addRule(agencyId, target, k, t, window, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record(
                "insight_alert_rule",
                id,
                "CREATE",
                null,
                Map.of(
                        agencyId == null ? "province" : "agency",
                        target,
                        "kind",
                        k.name(),
                        "threshold",
                        t,
                        "windowDays",
                        window));
        return alerts.rule(CurrentUser.scope(), id).orElseThrow();
    }

    /** Changes a rule's threshold and window, or disables (enables) it; the kind and the unit stay. */
    @Transactional
    public AlertRule updateRule(long id, Double threshold, Integer windowDays, Boolean active) {
        AlertRule rule = manageable(id);
        double t = threshold == null ? rule.threshold() : threshold(rule.kind(), threshold);
        int window = windowDays == null ? rule.windowDays() : window(windowDays);
        boolean on = active == null ? rule.active() : active;
        alerts.updateRule(id, t, window, on, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record(
                "insight_alert_rule",
                id,
                "UPDATE",
                Map.of("threshold", rule.threshold(), "windowDays", rule.windowDays(), "active", rule.active()),
                Map.of("threshold", t, "windowDays", window, "active", on));
        return alerts.rule(CurrentUser.scope(), id).orElseThrow();
    }

    public List<AlertRule> rules() {
        return alerts.rules(CurrentUser.scope());
    }

    /** Whether the caller may change this rule (a unit leader: the rules of their unit, not the province's). */
    public boolean canManage(AlertRule rule) {
        return CurrentUser.hasRole(Role.SYSTEM_ADMIN)
                || CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL)
                || (CurrentUser.hasRole(Role.UNIT_LEADER) && !rule.provinceWide());
    }

    public static boolean canAct() {
        return CurrentUser.hasRole(Role.UNIT_LEADER)
                || CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL)
                || CurrentUser.hasRole(Role.SYSTEM_ADMIN);
    }

    /** Alerts of the caller's units: {@code open} = not closed. */
    public List<Alert> list(boolean open) {
        return list(open ? EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED) : EnumSet.allOf(AlertStatus.class));
    }

    public List<Alert> list(Set<AlertStatus> statuses) {
        return statuses.isEmpty() ? List.of() : alerts.alerts(CurrentUser.scope(), statuses);
    }

    /** How many alerts of the caller's units wait to be acknowledged. */
    public long openCount() {
        return alerts.openCount(CurrentUser.scope());
    }

    /** Checks every active rule (system job: all agencies); returns how many alerts were raised. */
    @Transactional
    public int evaluate() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<AlertRule> rules = alerts.rules(AgencyScope.EVERYTHING).stream()
                .filter(AlertRule::active)
                .toList();
        Set<String> own = new HashSet<>();
        rules.stream().filter(r -> !r.provinceWide()).forEach(r -> own.add(r.agencyId() + "|" + r.kind()));
        int raised = 0;
        for (AlertRule rule : rules) {
            List<Long> targets =
                    rule.provinceWide() ? alerts.provinceAgencies(rule.provinceCode()) : List.of(rule.agencyId());
            for (long agency : targets) {
                if ((rule.provinceWide() && own.contains(agency + "|" + rule.kind()))
                        || alerts.hasActiveAlert(rule.id(), agency)) {
                    continue;
                }
                Double observed = observe(rule, agency, today, now);
                if (observed != null) {
                    alerts.raise(rule.id(), agency, observed, now);
                    notifyLeaders(rule, agency, observed);
                    raised++;
                }
            }
        }
        return raised;
    }

    private Double observe(AlertRule rule, long agency, LocalDate today, LocalDateTime now) {
        LocalDate from = today.minusDays(rule.windowDays() - 1L);
        return switch (rule.kind()) {
            case SATISFACTION_BELOW -> {
                var a = alerts.answers(agency, from, today);
                yield satisfactionBelow(a.n(), a.satisfied(), rule.threshold(), minN);
            }
            case NEGATIVE_OVER -> {
                long negative = alerts.answers(agency, from, today).negative();
                yield negative > rule.threshold() ? (double) negative : null;
            }
            case OVERDUE_OVER -> {
                long overdue = alerts.overdue(agency, now);
                yield overdue > rule.threshold() ? (double) overdue : null;
            }
            case OVERDUE_CASES_OVER -> {
                long overdue = cases.overdue(agency);
                yield overdue > rule.threshold() ? (double) overdue : null;
            }
        };
    }

    /** The fewest answers in a window for a satisfaction rule to alert on (fewer say too little: one bad answer is not a trend). */
    public int minN() {
        return minN;
    }

    /** The satisfaction rate when it is below the threshold over at least {@code minN} answers, else null (no alert). */
    static Double satisfactionBelow(long answers, long satisfied, double threshold, int minN) {
        if (answers == 0 || answers < minN) {
            return null;
        }
        double rate = (double) satisfied / answers;
        return rate < threshold ? rate : null;
    }

    private void notifyLeaders(AlertRule rule, long agency, double observed) {
        String name = agencies.byIdUnscoped(agency).map(Agency::name).orElse(String.valueOf(agency));
        String what = switch (rule.kind()) {
            case SATISFACTION_BELOW ->
                text(
                        "alert.what.SATISFACTION_BELOW",
                        number("%.1f", observed * 100).replace('.', ','),
                        number("%.1f", rule.threshold() * 100).replace('.', ','),
                        String.valueOf(rule.windowDays()));
            case NEGATIVE_OVER ->
                text(
                        "alert.what.NEGATIVE_OVER",
                        number("%.0f", observed),
                        String.valueOf(rule.windowDays()),
                        number("%.0f", rule.threshold()));
            case OVERDUE_OVER ->
                text("alert.what.OVERDUE_OVER", number("%.0f", observed), number("%.0f", rule.threshold()));
            case OVERDUE_CASES_OVER ->
                text("alert.what.OVERDUE_CASES_OVER", number("%.0f", observed), number("%.0f", rule.threshold()));
        };
        for (String email : alerts.leaderEmails(agency)) {
            outbox.queue(
                    Outbox.Channel.EMAIL, email, text("alert.mail.subject", name), text("alert.mail.body", name, what));
        }
    }

    private static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /** Alerts are mailed to the unit's leaders in Vietnamese. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    @Transactional
    public Alert acknowledge(long id, String note) {
        Alert a = actionable(id);
        if (!a.status().equals("OPEN")) {
            throw new ConflictException("alert.notOpen");
        }
        String text = note(note, false);
        alerts.acknowledge(id, CurrentUser.name(), LocalDateTime.now(clock), text);
        audit.record("insight_alert", id, "ACKNOWLEDGE", null, Map.of("note", String.valueOf(text)));
        return alerts.alert(CurrentUser.scope(), id).orElseThrow();
    }

    /** Closing needs a note: what was done. */
    @Transactional
    public Alert close(long id, String note) {
        Alert a = actionable(id);
        if (a.status().equals("CLOSED")) {
            throw new ConflictException("alert.closed");
        }
        String text = note(note, true);
        alerts.close(id, CurrentUser.name(), LocalDateTime.now(clock), text);
        audit.record("insight_alert", id, "CLOSE", null, Map.of("note", text));
        return alerts.alert(CurrentUser.scope(), id).orElseThrow();
    }

    private static String note(String note, boolean required) {
        String text = Texts.blankToNull(note);
        if ((required && text == null) || (text != null && text.length() > 1000)) {
            throw new InvalidInputException("alert.noteRequired");
        }
        return text;
    }

    private Alert actionable(long id) {
        requireManager();
        return alerts.alert(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("alert.notFound", id));
    }

    private AlertRule manageable(long id) {
        requireManager();
        AlertRule rule =
                alerts.rule(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("alert.ruleNotFound", id));
        if (!canManage(rule)) {
            throw new ForbiddenException("alert.provinceRuleForbidden");
        }
        return rule;
    }

    private static void requireManager() {
        if (!canAct()) {
            throw new ForbiddenException("alert.forbidden");
        }
    }

    /** A province-wide rule: a provincial official of that province, or an administrator for a province with units. */
    private void requireProvince(String province) {
        if (!CurrentUser.hasRole(Role.PROVINCIAL_OFFICIAL) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("alert.provinceRuleForbidden");
        }
        AgencyScope scope = CurrentUser.scope();
        boolean visible =
                scope.all() ? !alerts.provinceAgencies(province).isEmpty() : province.equals(scope.provinceCode());
        if (!visible) {
            throw new NotFoundException("alert.provinceNotFound", province);
        }
    }

    private static AlertKind kind(String kind) {
        try {
            return AlertKind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("alert.badKind", kind);
        }
    }

    /** A satisfaction threshold is a fraction above 0 and at most 1; a count is a whole number 0..1,000,000. */
    private static double threshold(AlertKind kind, Double threshold) {
        if (threshold == null) {
            throw new InvalidInputException("alert.thresholdRequired");
        }
        if (threshold.isNaN() || threshold.isInfinite()) {
            throw new InvalidInputException("alert.badThreshold", threshold);
        }
        if (kind == AlertKind.SATISFACTION_BELOW) {
            if (threshold <= 0 || threshold > 1) {
                throw new InvalidInputException("alert.badRate", threshold);
            }
        } else if (threshold < 0 || threshold > MAX_COUNT || threshold != Math.rint(threshold)) {
            throw new InvalidInputException("alert.badCount", threshold);
        }
        return threshold;
    }

    private static int window(Integer windowDays) {
        int window = windowDays == null ? 30 : windowDays;
        if (window < 1 || window > 366) {
            throw new InvalidInputException("alert.badWindow", window);
        }
        return window;
    }

    private Agency visible(String code) {
        return agencies.visible(null).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report.unitNotFound", code));
    }
}
