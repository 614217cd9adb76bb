package vn.hailong.insight.alert;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.Overdue;
import vn.hailong.insight.Alert;
import vn.hailong.insight.AlertKind;
import vn.hailong.insight.AlertRule;
import vn.hailong.insight.AlertStatus;
import vn.hailong.insight.query.MeasureQuery;

/** Alert rules and alerts, always read within a scope (fail-closed), and what the rules observe. */
@Repository
public class AlertRepository {

    private static final String ALERT = """
            select x.id, x.rule_id, a.code, a.name, r.kind, r.threshold, r.window_days, x.raised_at, x.observed, x.status,
              x.acknowledged_by, x.acknowledged_at, x.closed_by, x.closed_at, x.note, x.agency_id
            from insight_alert x join insight_alert_rule r on r.id = x.rule_id join agency a on a.id = x.agency_id""";

    private final JdbcClient jdbc;

    public AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String RULE = """
            select r.id, r.agency_id, a.code, a.name, r.province_code, r.kind, r.threshold, r.window_days, r.active
            from insight_alert_rule r left join agency a on a.id = r.agency_id""";

    /** Adds a rule for one agency or (agency null) for every unit of a province. */
    public long addRule(
            Long agencyId,
            String provinceCode,
            AlertKind kind,
            double threshold,
            int windowDays,
            String by,
            LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into insight_alert_rule (agency_id, province_code, kind, threshold, window_days, created_by, created_at)
                values (:a, :p, :k, :t, :w, :b, :at)""")
                .param("a", agencyId)
                .param("p", agencyId == null ? provinceCode : null)
                .param("k", kind.name())
                .param("t", threshold)
                .param("w", windowDays)
                .param("b", by)
                .param("at", Timestamp.valueOf(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateRule(long id, double threshold, int windowDays, boolean active, String by, LocalDateTime at) {
        jdbc.sql("""
                update insight_alert_rule set threshold = :t, window_days = :w, active = :act, updated_by = :b, updated_at = :at
                where id = :id""")
                .param("t", threshold)
                .param("w", windowDays)
                .param("act", active)
                .param("b", by)
                .param("at", Timestamp.valueOf(at))
                .param("id", id)
                .update();
    }

    /**
     * The rules a scope sees: those of its agencies, and the province-wide rules of a province where it sees an
     * agency (fail-closed: an empty scope sees none).
     */
    public List<AlertRule> rules(AgencyScope scope) {
        MeasureQuery q = visibleRules(scope);
        return q.bind(jdbc.sql(RULE + q.where() + " order by r.province_code, a.code, r.kind, r.id"))
                .query(AlertRepository::rule)
                .list();
    }

    public Optional<AlertRule> rule(AgencyScope scope, long id) {
        MeasureQuery q = visibleRules(scope).is("r.id", "id", id);
        return q.bind(jdbc.sql(RULE + q.where())).query(AlertRepository::rule).optional();
    }

    private static MeasureQuery visibleRules(AgencyScope scope) {
        return MeasureQuery.visibleThrough(
                scope,
                on -> "(r.agency_id is not null and " + on.apply("a") + ") or (r.province_code is not null and exists"
                        + " (select 1 from agency s where s.province_code = r.province_code and " + on.apply("s")
                        + "))");
    }

    /** The active agencies of a province (the units a province-wide rule watches). */
    public List<Long> provinceAgencies(String provinceCode) {
        return jdbc.sql("select id from agency where province_code = :p and active order by id")
                .param("p", provinceCode)
                .query(Long.class)
                .list();
    }

    /** Whether the rule already has an alert for this agency that is not closed (then the condition does not fire again). */
    public boolean hasActiveAlert(long ruleId, long agencyId) {
        return jdbc.sql(
                                "select count(*) from insight_alert where rule_id = :r and agency_id = :a and status <> 'CLOSED'")
                        .param("r", ruleId)
                        .param("a", agencyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long raise(long ruleId, long agencyId, double observed, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into insight_alert (rule_id, agency_id, raised_at, observed) values (:r, :a, :t, :o)")
                .param("r", ruleId)
                .param("a", agencyId)
                .param("t", Timestamp.valueOf(at))
                .param("o", observed)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Alerts of the scope's agencies in these statuses, newest first. */
    public List<Alert> alerts(AgencyScope scope, Collection<AlertStatus> statuses) {
        MeasureQuery q = MeasureQuery.within(scope, "a")
                .in("x.status", "statuses", statuses.stream().map(Enum::name).toList());
        return q.bind(jdbc.sql(ALERT + q.where() + " order by x.raised_at desc, x.id desc fetch first 500 rows only"))
                .query(AlertRepository::alert)
                .list();
    }

    /** How many alerts of the scope's agencies are still open (not acknowledged). */
    public long openCount(AgencyScope scope) {
        MeasureQuery q = MeasureQuery.within(scope, "a").and("x.status = 'OPEN'");
        return q.bind(jdbc.sql("select count(*) from insight_alert x join agency a on a.id = x.agency_id" + q.where()))
                .query(Long.class)
                .single();
    }

    public Optional<Alert> alert(AgencyScope scope, long id) {
        MeasureQuery q = MeasureQuery.within(scope, "a").is("x.id", "id", id);
        return q.bind(jdbc.sql(ALERT + q.where())).query(AlertRepository::alert).optional();
    }

    public void acknowledge(long id, String by, LocalDateTime at, String note) {
        jdbc.sql(
                        "update insight_alert set status = 'ACKNOWLEDGED', acknowledged_by = :b, acknowledged_at = :t, note = :n where id = :id")
                .param("b", by)
                .param("t", Timestamp.valueOf(at))
                .param("n", note)
                .param("id", id)
                .update();
    }

    public void close(long id, String by, LocalDateTime at, String note) {
        jdbc.sql("update insight_alert set status = 'CLOSED', closed_by = :b, closed_at = :t, note = :n where id = :id")
                .param("b", by)
                .param("t", Timestamp.valueOf(at))
                .param("n", note)
                .param("id", id)
                .update();
    }

    /** An agency's answers in a window: all (1..5), satisfied (4 or 5) and negative (1 or 2). */
    public record Answers(long n, long satisfied, long negative) {}

    /** Answers 1..5, satisfied and negative answers of an agency in the window, from the day rollups. */
    public Answers answers(long agencyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(s1 + s2 + s3 + s4 + s5), 0), coalesce(sum(s4 + s5), 0), coalesce(sum(s1 + s2), 0)
                from insight_rating_day where agency_id = :a and on_day between :f and :t""")
                .param("a", agencyId)
                .param("f", Date.valueOf(from))
                .param("t", Date.valueOf(to))
                .query((rs, i) -> new Answers(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Dossiers of an agency {@link Overdue} now (never a withdrawn, refused or stopped one). */
    public long overdue(long agencyId, LocalDateTime now) {
        return jdbc.sql("select count(*) from dossier d where d.agency_id = :a and " + Overdue.predicate("d"))
                .param("a", agencyId)
                .param("now", Timestamp.valueOf(now))
                .query(Long.class)
                .single();
    }

    /** The e-mail addresses of the agency's leaders (the people an alert notifies). */
    public List<String> leaderEmails(long agencyId) {
        return jdbc.sql(
                        "select email from app_user where agency_id = :a and role = 'UNIT_LEADER' and enabled and email is not null")
                .param("a", agencyId)
                .query(String.class)
                .list();
    }

    private static AlertRule rule(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(1);
        long agency = rs.getLong(2);
        Long agencyId = rs.wasNull() ? null : agency;
        return new AlertRule(
                id,
                agencyId,
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                AlertKind.valueOf(rs.getString(6)),
                rs.getDouble(7),
                rs.getInt(8),
                rs.getBoolean(9));
    }

    private static Alert alert(ResultSet rs, int i) throws SQLException {
        return new Alert(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                AlertKind.valueOf(rs.getString(5)),
                rs.getDouble(6),
                rs.getInt(7),
                rs.getTimestamp(8).toLocalDateTime(),
                rs.getDouble(9),
                rs.getString(10),
                rs.getString(11),
                time(rs.getTimestamp(12)),
                rs.getString(13),
                time(rs.getTimestamp(14)),
                rs.getString(15),
                rs.getLong(16));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
