package vn.hailong.ballot;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListFilters;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;

@Repository
class BallotRepository {

    private static final String BOX = """
            select b.id, b.agency_id, a.name, b.desk_id, k.name desk_name, b.location, b.seal_number, b.status, b.reminder_email
            from ballot_box b join agency a on a.id = b.agency_id left join desk k on k.id = b.desk_id""";

    private static final String SESSION = """
            select s.id, s.box_id, s.agency_id, a.name, b.location, s.period, s.scheduled_on, s.moved_reason, s.status,
                   s.held_on, s.place, s.seal_found, s.seal_intact, s.seal_note, s.new_seal, s.ballots_found, s.ballots_valid,
                   s.ballots_invalid, s.keyed_slips, s.returned_dossiers, s.entered_by, s.entered_at, s.checked_by, s.checked_at,
                   s.closed_by, s.closed_at, s.reminded_at
            from ballot_session s join ballot_box b on b.id = s.box_id join agency a on a.id = s.agency_id""";

    private final JdbcClient jdbc;

    private final DossierLookup dossiers;

    BallotRepository(JdbcClient jdbc, DossierLookup dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    List<BallotBox> boxes(AgencyScope scope, Long agencyId) {
        return jdbc.sql(BOX + " where " + scope.predicate("a") + (agencyId == null ? "" : " and b.agency_id = :agency")
                        + " order by a.name, b.id")
                .params(scope.parameters())
                .params(agencyId == null ? Map.of() : Map.of("agency", agencyId))
                .query(BallotRepository::box)
                .list();
    }

    Optional<BallotBox> box(AgencyScope scope, long id) {
        return jdbc.sql(BOX + " where b.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query(BallotRepository::box)
                .optional();
    }

    long insertBox(long agencyId, Long deskId, String location, String seal, String email, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot_box (agency_id, desk_id, location, seal_number, status, reminder_email, created_at)
                values (:a, :d, :l, :s, 'SEALED', :e, :t)""")
                .param("a", agencyId)
                .param("d", deskId)
                .param("l", location)
                .param("s", seal)
                .param("e", email)
                .param("t", Timestamp.valueOf(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void boxState(long boxId, String seal, BoxStatus status) {
        jdbc.sql("update ballot_box set seal_number = coalesce(:s, seal_number), status = :st where id = :id")
                .param("s", seal)
                .param("st", status.name())
                .param("id", boxId)
                .update();
    }

    List<SealRecord> seals(long boxId) {
        return jdbc.sql("""
                select seal_number, sealed_at, sealed_by, session_id, opened_at, found_intact from ballot_seal
                where box_id = :b order by sealed_at desc, id desc""")
                .param("b", boxId)
                .query((rs, i) -> new SealRecord(
                        rs.getString(1),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        time(rs, 5),
                        rs.getObject(6, Boolean.class)))
                .list();
    }

    void insertSeal(long boxId, String seal, LocalDateTime at, String by, Long sessionId) {
        jdbc.sql(
                        "insert into ballot_seal (box_id, seal_number, sealed_at, sealed_by, session_id) values (:b, :s, :t, :by, :x)")
                .param("b", boxId)
                .param("s", seal)
                .param("t", Timestamp.valueOf(at))
                .param("by", by)
                .param("x", sessionId)
                .update();
    }

    void openSeal(long boxId, LocalDateTime at, boolean intact) {
        jdbc.sql("update ballot_seal set opened_at = :t, found_intact = :i where box_id = :b and opened_at is null")
                .param("t", Timestamp.valueOf(at))
                .param("i", intact)
                .param("b", boxId)
                .update();
    }

    List<CommitteeRole> roles(String lang) {
        return jdbc.sql("select code, " + ("en".equals(lang) ? "name_en" : "name_vi")
                        + " from ballot_role where active order by position")
                .query((rs, i) -> new CommitteeRole(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<BallotSession> sessions(AgencyScope scope, Long agencyId, YearMonth period) {
        return jdbc.sql(SESSION + " where " + scope.predicate("a")
                        + (agencyId == null ? "" : " and s.agency_id = :agency")
                        + (period == null ? "" : " and s.period = :period")
                        + " order by s.period desc, a.name, s.box_id")
                .params(scope.parameters())
                .params(agencyId == null ? Map.of() : Map.of("agency", agencyId))
                .params(period == null ? Map.of() : Map.of("period", period.toString()))
                .query(BallotRepository::session)
                .list();
    }

    static final List<Keyset.Column> SORTS = List.of(
            new Keyset.Column("date", "s.scheduled_on", Keyset.Kind.TIME),
            new Keyset.Column("unit", "a.name", Keyset.Kind.TEXT));

    /**
     * One keyset page of the sessions in scope that pass the filter ("overdue": not closed and scheduled before
     * {@code today}), latest opening first by default, and how many match (up to {@code countCap} when not null).
     */
    ListPage<BallotSession> page(AgencyScope scope, SessionFilter f, ListQuery q, LocalDate today, Long countCap) {
        Keyset keyset = Keyset.of(q, SORTS, "s.id");
        Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where ").append(scope.predicate("a"));
        ListFilters.equal(where, params, "s.agency_id", f.agency());
        ListFilters.equal(where, params, "b.desk_id", f.desk());
        ListFilters.equal(
                where,
                params,
                "s.status",
                f.status() == null ? null : f.status().name());
        ListFilters.equal(
                where,
                params,
                "s.period",
                f.period() == null ? null : f.period().toString());
        if (f.overdue() != null) {
            where.append(f.overdue() ? " and " : " and not ")
                    .append("(s.status <> 'CLOSED' and s.scheduled_on < :today)");
            params.put("today", Date.valueOf(today));
        }
        int from = SESSION.indexOf("from ballot_session");
        return ListPage.read(
                jdbc,
                SESSION.substring(0, from),
                SESSION.substring(from) + where,
                params,
                keyset,
                q,
                BallotRepository::session,
                s -> keyset.cursor(
                        "unit".equals(keyset.column().key())
                                ? s.agencyName()
                                : s.scheduledOn().atStartOfDay(),
                        s.id()),
                countCap);
    }

    /** Sessions not closed and scheduled on or before {@code until}, oldest first. */
    List<BallotSession> open(AgencyScope scope, LocalDate until) {
        return jdbc.sql(SESSION + " where s.status <> 'CLOSED' and s.scheduled_on <= :until and " + scope.predicate("a")
                        + " order by s.scheduled_on, a.name fetch first 1000 rows only")
                .params(scope.parameters())
                .param("until", Date.valueOf(until))
                .query(BallotRepository::session)
                .list();
    }

    Optional<BallotSession> session(AgencyScope scope, long id) {
        return jdbc.sql(SESSION + " where s.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query(BallotRepository::session)
                .optional();
    }

    boolean insertSessionIfMissing(long boxId, long agencyId, YearMonth period, LocalDate scheduledOn) {
        boolean exists = jdbc.sql("select count(*) from ballot_session where box_id = :b and period = :p")
                        .param("b", boxId)
                        .param("p", period.toString())
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql(
                        "insert into ballot_session (box_id, agency_id, period, scheduled_on, status) values (:b, :a, :p, :d, 'DUE')")
                .param("b", boxId)
                .param("a", agencyId)
                .param("p", period.toString())
                .param("d", Date.valueOf(scheduledOn))
                .update();
        return true;
    }

    /** The day the box was last opened before {@code period} (held or scheduled), if any. */
    Optional<LocalDate> previousOpening(long boxId, YearMonth period) {
        return jdbc.sql("""
                select coalesce(held_on, scheduled_on) from ballot_session where box_id = :b and period < :p
                order by period desc fetch first 1 rows only""")
                .param("b", boxId)
                .param("p", period.toString())
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate);
    }

    /** Openings not held yet (all agencies) scheduled on or after {@code from}: those a change of the calendar may move. */
    List<BallotSession> scheduledFrom(LocalDate from) {
        return jdbc.sql(
                        SESSION
                                + " where s.status = 'DUE' and s.held_on is null and s.scheduled_on >= :from order by s.scheduled_on, s.id")
                .param("from", Date.valueOf(from))
                .query(BallotRepository::session)
                .list();
    }

    void move(long id, LocalDate to, String reason) {
        jdbc.sql("update ballot_session set scheduled_on = :d, moved_reason = :r, reminded_at = null where id = :id")
                .param("d", Date.valueOf(to))
                .param("r", reason)
                .param("id", id)
                .update();
    }

    void saveTally(long id, Tally t, int keyed, int returned, SessionStatus status, String by, LocalDateTime at) {
        jdbc.sql("""
                update ballot_session set status = :st, held_on = :h, place = :pl, seal_found = :sf, seal_intact = :si,
                  seal_note = :sn, new_seal = :ns, ballots_found = :f, ballots_valid = :v, ballots_invalid = :iv,
                  keyed_slips = :k, returned_dossiers = :r, entered_by = coalesce(:by, entered_by),
                  entered_at = coalesce(:at, entered_at) where id = :id""")
                .param("st", status.name())
                .param("h", Date.valueOf(t.heldOn()))
                .param("pl", t.place())
                .param("sf", t.sealFound())
                .param("si", t.sealIntact())
                .param("sn", t.sealNote())
                .param("ns", t.newSeal())
                .param("f", t.found())
                .param("v", t.valid())
                .param("iv", t.invalid())
                .param("k", keyed)
                .param("r", returned)
                .param("by", by)
                .param("at", at == null ? null : Timestamp.valueOf(at))
                .param("id", id)
                .update();
        jdbc.sql("delete from ballot_member where session_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (Member m : t.members()) {
            jdbc.sql("insert into ballot_member (session_id, position, role_code, full_name) values (:id, :p, :r, :n)")
                    .param("id", id)
                    .param("p", ++position)
                    .param("r", m.role())
                    .param("n", m.name())
                    .update();
        }
        jdbc.sql("delete from ballot_tally where session_id = :id")
                .param("id", id)
                .update();
        for (ItemCount c : t.items()) {
            for (int level = 1; level <= 5; level++) {
                jdbc.sql("insert into ballot_tally (session_id, item_code, level, votes) values (:id, :i, :l, :v)")
                        .param("id", id)
                        .param("i", c.item())
                        .param("l", level)
                        .param("v", c.counts().get(level - 1))
                        .update();
            }
        }
        jdbc.sql("delete from ballot_comment where session_id = :id")
                .param("id", id)
                .update();
        position = 0;
        for (String text : t.comments()) {
            jdbc.sql("insert into ballot_comment (session_id, position, text) values (:id, :p, :t)")
                    .param("id", id)
                    .param("p", ++position)
                    .param("t", text)
                    .update();
        }
    }

    /** Links the keyed slips to the session (replacing earlier links) and stores their answers per item and level. */
    void linkSlips(long id, List<Long> ratingIds, Map<String, int[]> answers) {
        jdbc.sql("delete from ballot_slip where session_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from ballot_keyed where session_id = :id")
                .param("id", id)
                .update();
        for (Long rating : ratingIds) {
            jdbc.sql("insert into ballot_slip (rating_id, session_id) values (:r, :id)")
                    .param("r", rating)
                    .param("id", id)
                    .update();
        }
        answers.forEach((item, levels) -> {
            for (int level = 1; level <= 5; level++) {
                if (levels[level - 1] > 0) {
                    jdbc.sql("insert into ballot_keyed (session_id, item_code, level, votes) values (:id, :i, :l, :v)")
                            .param("id", id)
                            .param("i", item)
                            .param("l", level)
                            .param("v", levels[level - 1])
                            .update();
                }
            }
        });
    }

    /** Ratings already linked to another session. */
    List<Long> linkedElsewhere(long id, List<Long> ratingIds) {
        if (ratingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select rating_id from ballot_slip where session_id <> :id and rating_id in (:ids)")
                .param("id", id)
                .param("ids", ratingIds)
                .query(Long.class)
                .list();
    }

    List<Member> members(long id) {
        return jdbc.sql("select role_code, full_name from ballot_member where session_id = :id order by position")
                .param("id", id)
                .query((rs, i) -> new Member(rs.getString(1), rs.getString(2)))
                .list();
    }

    Map<String, int[]> counts(String table, long id) {
        Map<String, int[]> byItem = new LinkedHashMap<>();
        jdbc.sql("select item_code, level, votes from " + table + " where session_id = :id order by item_code, level")
                .param("id", id)
                .query(rs -> {
                    byItem.computeIfAbsent(rs.getString(1), k -> new int[5])[rs.getInt(2) - 1] = rs.getInt(3);
                });
        return byItem;
    }

    List<String> comments(long id) {
        return jdbc.sql("select text from ballot_comment where session_id = :id order by position")
                .param("id", id)
                .query(String.class)
                .list();
    }

    void uncheck(long id) {
        jdbc.sql("update ballot_session set checked_by = null, checked_at = null where id = :id")
                .param("id", id)
                .update();
    }

    void checked(long id, String by, LocalDateTime at) {
        jdbc.sql("update ballot_session set status = 'CHECKED', checked_by = :by, checked_at = :t where id = :id")
                .param("by", by)
                .param("t", Timestamp.valueOf(at))
                .param("id", id)
                .update();
    }

    void closed(long id, String by, LocalDateTime at) {
        jdbc.sql("update ballot_session set status = 'CLOSED', closed_by = :by, closed_at = :t where id = :id")
                .param("by", by)
                .param("t", Timestamp.valueOf(at))
                .param("id", id)
                .update();
    }

    void reminded(long id, LocalDateTime at) {
        jdbc.sql("update ballot_session set reminded_at = :t where id = :id")
                .param("t", Timestamp.valueOf(at))
                .param("id", id)
                .update();
    }

    int returnedDossiers(long agencyId, Long deskId, YearMonth period) {
        return dossiers.returnedCount(
                agencyId,
                deskId,
                period.atDay(1).atStartOfDay(),
                period.plusMonths(1).atDay(1).atStartOfDay());
    }

    Optional<Incident> incident(long sessionId) {
        return incidents(AgencyScope.EVERYTHING, sessionId).stream().findFirst();
    }

    List<Incident> incidents(AgencyScope scope, Long sessionId) {
        return jdbc.sql("""
                select i.id, i.session_id, i.agency_id, a.name, s.period, i.seal_expected, i.seal_found, i.note, i.recorded_at, i.recorded_by
                from ballot_incident i join agency a on a.id = i.agency_id join ballot_session s on s.id = i.session_id
                where\s""" + scope.predicate("a") + (sessionId == null ? "" : " and i.session_id = :s")
                        + " order by i.recorded_at desc fetch first 500 rows only")
                .params(scope.parameters())
                .params(sessionId == null ? Map.of() : Map.of("s", sessionId))
                .query((rs, i) -> new Incident(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toLocalDateTime(),
                        rs.getString(10)))
                .list();
    }

    void replaceIncident(
            long sessionId,
            long agencyId,
            long boxId,
            String expected,
            String found,
            String note,
            LocalDateTime at,
            String by) {
        jdbc.sql("delete from ballot_incident where session_id = :s")
                .param("s", sessionId)
                .update();
        jdbc.sql("""
                insert into ballot_incident (session_id, agency_id, box_id, seal_expected, seal_found, note, recorded_at, recorded_by)
                values (:s, :a, :b, :e, :f, :n, :t, :by)""")
                .param("s", sessionId)
                .param("a", agencyId)
                .param("b", boxId)
                .param("e", expected)
                .param("f", found)
                .param("n", note)
                .param("t", Timestamp.valueOf(at))
                .param("by", by)
                .update();
    }

    void dropIncident(long sessionId) {
        jdbc.sql("delete from ballot_incident where session_id = :s")
                .param("s", sessionId)
                .update();
    }

    List<Amendment> amendments(long id) {
        return jdbc.sql(
                        "select at, actor, reason, changes from ballot_amendment where session_id = :id order by at, id")
                .param("id", id)
                .query((rs, i) -> new Amendment(
                        rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void insertAmendment(long id, LocalDateTime at, String actor, String reason, String changes) {
        jdbc.sql("insert into ballot_amendment (session_id, at, actor, reason, changes) values (:id, :t, :a, :r, :c)")
                .param("id", id)
                .param("t", Timestamp.valueOf(at))
                .param("a", actor)
                .param("r", reason)
                .param("c", changes)
                .update();
    }

    /** The closed sessions' tallies per agency × month × item × level (slips keyed one by one excluded by construction). */
    List<BallotResult> results(AgencyScope scope, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select s.agency_id, b.desk_id, s.period, t.item_code, t.level, sum(t.votes)
                from ballot_tally t join ballot_session s on s.id = t.session_id join ballot_box b on b.id = s.box_id
                join agency a on a.id = s.agency_id
                where s.status = 'CLOSED' and s.period >= :f and s.period <= :t and\s""" + scope.predicate("a") + """

                 group by s.agency_id, b.desk_id, s.period, t.item_code, t.level
                 order by s.agency_id, s.period, t.item_code, t.level""")
                .params(scope.parameters())
                .param("f", from.toString())
                .param("t", to.toString())
                .query((rs, i) -> new BallotResult(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    private static BallotBox box(ResultSet rs, int i) throws SQLException {
        return new BallotBox(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                BoxStatus.valueOf(rs.getString(8)),
                rs.getString(9));
    }

    private static BallotSession session(ResultSet rs, int i) throws SQLException {
        return new BallotSession(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getDate(7).toLocalDate(),
                rs.getString(8),
                SessionStatus.valueOf(rs.getString(9)),
                rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, Boolean.class),
                rs.getString(14),
                rs.getString(15),
                rs.getObject(16, Integer.class),
                rs.getObject(17, Integer.class),
                rs.getObject(18, Integer.class),
                rs.getInt(19),
                rs.getObject(20, Integer.class),
                rs.getString(21),
                time(rs, 22),
                rs.getString(23),
                time(rs, 24),
                rs.getString(25),
                time(rs, 26),
                time(rs, 27));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
