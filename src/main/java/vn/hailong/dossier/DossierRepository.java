package vn.hailong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.SearchKeys;

@Repository
class DossierRepository {

    private static final String RECORD = """
            select d.id, d.code, d.agency_id, d.procedure_code, d.status, d.received_at, d.due_at, d.original_due_at,
                   d.paused_at, d.resolved_at, d.returned_at, d.closed_at, d.timeliness, d.supplement_count,
                   d.extension_count, d.handling_officer_id
            from dossier d join agency a on a.id = d.agency_id""";

    /**
     * Which dossiers a scope covers: those its agencies resolve (alias {@code a}, the resolving agency) and those
     * they received (Decree 118/2025/NĐ-CP Art. 14(2): the receiving centre and the resolving agency differ).
     */
    static String scoped(AgencyScope scope) {
        return "(" + scope.predicate("a") + " or " + scope.predicateOnId("d.receiving_agency_id") + ")";
    }

    private final JdbcClient jdbc;
    private final boolean postgres;

    DossierRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        try (java.sql.Connection c = dataSource.getConnection()) {
            this.postgres =
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dossier, if the scope covers its agency; {@code lock} takes a row lock for the transaction. */
    Optional<DossierRecord> find(AgencyScope scope, String code) {
        return jdbc.sql(RECORD + " where d.code = :code and " + scoped(scope))
                .params(scope.parameters())
                .param("code", code)
                .query(DossierRepository::record)
                .optional();
    }

    /** Takes the dossier's row lock for the rest of the transaction and returns its current state. */
    DossierRecord lock(long id) {
        jdbc.sql("select id from dossier where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        return jdbc.sql(RECORD + " where d.id = :id")
                .param("id", id)
                .query(DossierRepository::record)
                .single();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from dossier where code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(Map<String, Object> values) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, agency_id, receiving_agency_id, desk_id, procedure_code, field_code, channel, status,
                  applicant_name, applicant_phone, applicant_email, applicant_address, applicant_kind, documents, sets,
                  receiving_officer_id, handling_officer_id, received_at, due_at, original_due_at, timeliness, created_at,
                  search_name, code_key, phone_rev)
                values (:code, :agency, :receiving, :desk, :procedure, :field, :channel, :status, :name, :phone, :email, :address,
                  :kind, :documents, :sets, :officer, :officer, :receivedAt, :dueAt, :dueAt, 'PENDING', :createdAt, :searchName,
                  :codeKey, :phoneRev)""")
                .params(values)
                .param("searchName", SearchKeys.name((String) values.get("name")))
                .param("codeKey", SearchKeys.code((String) values.get("code")))
                .param("phoneRev", SearchKeys.phoneReversed((String) values.get("phone")))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(DossierRecord d) {
        jdbc.sql("""
                update dossier set status = :status, due_at = :due, original_due_at = :original, paused_at = :paused, resolved_at = :resolved,
                  returned_at = :returned, closed_at = :closed, timeliness = :timeliness, supplement_count = :supplements,
                  extension_count = :extensions, handling_officer_id = :officer
                where id = :id""")
                .param("status", d.status().code())
                .param("due", ts(d.dueAt()))
                .param("original", ts(d.originalDueAt()))
                .param("paused", ts(d.pausedAt()))
                .param("resolved", ts(d.resolvedAt()))
                .param("returned", ts(d.returnedAt()))
                .param("closed", ts(d.closedAt()))
                .param("timeliness", d.timeliness().name())
                .param("supplements", d.supplementCount())
                .param("extensions", d.extensionCount())
                .param("officer", d.handlingOfficerId())
                .param("id", d.id())
                .update();
    }

    /** Records an event (the caller holds the dossier's lock and has checked the event id is new). */
    void insertEvent(long dossierId, NewEvent e, LocalDateTime at, String actor) {
        jdbc.sql("""
                insert into dossier_event (dossier_id, event_id, type, at, agency_id, officer_id, note, recorded_by)
                values (:d, :eid, :type, :at, :agency, :officer, :note, :actor)""")
                .param("d", dossierId)
                .param("eid", e.eventId())
                .param("type", e.type().name())
                .param("at", ts(at))
                .param("agency", e.agencyId())
                .param("officer", e.officerId())
                .param("note", e.note())
                .param("actor", actor)
                .update();
    }

    /** A dossier still being worked on, with what its due time was computed from. */
    record OpenDue(
            long id,
            String code,
            long agencyId,
            String procedureCode,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime originalDueAt) {}

    /** Every open dossier (all agencies) due on or after {@code from}: those a change of the calendar may move. */
    List<OpenDue> openDueFrom(LocalDateTime from) {
        return jdbc.sql("""
                select id, code, agency_id, procedure_code, received_at, due_at, original_due_at from dossier
                where status in (:open) and due_at >= :from order by id""")
                .param(
                        "open",
                        java.util.Arrays.stream(DossierStatus.values())
                                .filter(DossierStatus::open)
                                .map(DossierStatus::code)
                                .toList())
                .param("from", ts(from))
                .query((rs, i) -> new OpenDue(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        time(rs, 5),
                        time(rs, 6),
                        time(rs, 7)))
                .list();
    }

    void moveDue(long id, LocalDateTime due, LocalDateTime original) {
        jdbc.sql("update dossier set due_at = :due, original_due_at = :original where id = :id")
                .param("due", ts(due))
                .param("original", ts(original))
                .param("id", id)
                .update();
    }

    /** Codes of the dossiers waiting for a supplement asked before the time given, across every agency. */
    List<String> awaitingSupplementBefore(LocalDateTime before) {
        return jdbc.sql("select code from dossier where status = :s and paused_at < :before order by paused_at")
                .param("s", DossierStatus.SUPPLEMENT_REQUESTED.code())
                .param("before", ts(before))
                .query(String.class)
                .list();
    }

    /** Records a breach once per dossier and kind (the first time counts). */
    void flag(long dossierId, DossierFlag flag, LocalDateTime at) {
        jdbc.sql("""
                insert into dossier_flag (dossier_id, flag, raised_at)
                select :d, :f, :at where not exists (select 1 from dossier_flag where dossier_id = :d and flag = :f)""")
                .param("d", dossierId)
                .param("f", flag.name())
                .param("at", ts(at))
                .update();
    }

    List<DossierFlag> flags(long dossierId) {
        return jdbc
                .sql("select flag from dossier_flag where dossier_id = :d order by raised_at, flag")
                .param("d", dossierId)
                .query(String.class)
                .list()
                .stream()
                .map(DossierFlag::valueOf)
                .toList();
    }

    LocalDateTime lastEventAt(long dossierId) {
        return jdbc.sql("select max(at) from dossier_event where dossier_id = :d")
                .param("d", dossierId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toLocalDateTime)
                .orElse(null);
    }

    Optional<EventType> eventType(long dossierId, String eventId) {
        return jdbc.sql("select type from dossier_event where dossier_id = :d and event_id = :e")
                .param("d", dossierId)
                .param("e", eventId)
                .query(String.class)
                .optional()
                .map(EventType::valueOf);
    }

    Optional<DossierStep> openStep(long dossierId) {
        return steps(dossierId).stream().filter(s -> s.finishedAt() == null).reduce((a, b) -> b);
    }

    void insertStep(
            long dossierId,
            int seq,
            long agencyId,
            Long officerId,
            LocalDateTime startedAt,
            LocalDateTime allottedDue) {
        jdbc.sql("""
                insert into dossier_step (dossier_id, seq, agency_id, officer_id, started_at, allotted_due_at)
                values (:d, :seq, :agency, :officer, :started, :due)""")
                .param("d", dossierId)
                .param("seq", seq)
                .param("agency", agencyId)
                .param("officer", officerId)
                .param("started", ts(startedAt))
                .param("due", ts(allottedDue))
                .update();
    }

    void finishStep(long dossierId, int seq, LocalDateTime finishedAt, Timeliness timeliness) {
        jdbc.sql("update dossier_step set finished_at = :f, timeliness = :t where dossier_id = :d and seq = :seq")
                .param("f", ts(finishedAt))
                .param("t", timeliness.name())
                .param("d", dossierId)
                .param("seq", seq)
                .update();
    }

    List<DossierStep> steps(long dossierId) {
        return jdbc.sql("""
                select s.seq, s.agency_id, a.name, s.officer_id, o.full_name, s.started_at, s.allotted_due_at, s.finished_at, s.timeliness
                from dossier_step s join agency a on a.id = s.agency_id left join officer o on o.id = s.officer_id
                where s.dossier_id = :d order by s.seq""")
                .param("d", dossierId)
                .query((rs, i) -> new DossierStep(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getString(5),
                        time(rs, 6),
                        time(rs, 7),
                        time(rs, 8),
                        Timeliness.valueOf(rs.getString(9))))
                .list();
    }

    List<DossierEventView> events(long dossierId) {
        return jdbc.sql("""
                select e.event_id, e.type, e.at, a.name, o.full_name, e.note, e.recorded_by
                from dossier_event e left join agency a on a.id = e.agency_id left join officer o on o.id = e.officer_id
                where e.dossier_id = :d order by e.at, e.id""")
                .param("d", dossierId)
                .query((rs, i) -> new DossierEventView(
                        rs.getString(1),
                        EventType.valueOf(rs.getString(2)),
                        time(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** Creates the day's counter if missing; run in its own transaction (a lost race is harmless). */
    void ensureCounter(long agencyId, LocalDate day) {
        try {
            jdbc.sql("""
                    insert into dossier_counter (agency_id, counter_day, last_value)
                    select :a, :d, 0 where not exists (select 1 from dossier_counter where agency_id = :a and counter_day = :d)""")
                    .param("a", agencyId)
                    .param("d", java.sql.Date.valueOf(day))
                    .update();
        } catch (DuplicateKeyException raced) {
            // another receipt created it first
        }
    }

    /** The next sequence number of the agency's codes for the day; the update's row lock serialises receipts. */
    int nextSequence(long agencyId, LocalDate day) {
        jdbc.sql("update dossier_counter set last_value = last_value + 1 where agency_id = :a and counter_day = :d")
                .param("a", agencyId)
                .param("d", java.sql.Date.valueOf(day))
                .update();
        return jdbc.sql("select last_value from dossier_counter where agency_id = :a and counter_day = :d")
                .param("a", agencyId)
                .param("d", java.sql.Date.valueOf(day))
                .query(Integer.class)
                .single();
    }

    /** Everything the dossier page and the forms show; applicant data unmasked (the caller decides). */
    Optional<DossierDetails> details(long dossierId) {
        return jdbc.sql("""
                select d.field_code, d.channel, d.applicant_name, d.applicant_phone, d.applicant_email,
                       d.applicant_address, d.applicant_kind, d.documents, d.sets, r.full_name receiving_officer,
                       a.name agency_name, p.name procedure_name, ra.id receiving_agency_id,
                       ra.name receiving_agency_name, p.national_code
                from dossier d join agency a on a.id = d.agency_id join admin_procedure p on p.code = d.procedure_code
                join agency ra on ra.id = coalesce(d.receiving_agency_id, d.agency_id)
                left join officer r on r.id = d.receiving_officer_id where d.id = :id""")
                .param("id", dossierId)
                .query(new DataClassRowMapper<>(DossierDetails.class))
                .optional();
    }

    List<DossierRow> list(AgencyScope scope, DossierFilter f, LocalDateTime now, LocalDateTime riskHorizon) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder sql = new StringBuilder("""
                select d.code, d.status, a.name, p.name, d.applicant_name, d.received_at, d.due_at, d.resolved_at,
                       d.returned_at, d.timeliness, o.full_name
                from dossier d join agency a on a.id = d.agency_id join catalog_procedure_view p on p.code = d.procedure_code
                left join officer o on o.id = d.handling_officer_id
                """).append(where(scope, f, riskHorizon, params));
        sql.append(" order by d.received_at desc, d.id desc fetch first :limit rows only");
        params.put("limit", f.limit() == null ? 200 : Math.min(f.limit(), 5000));
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs)).list();
    }

    static final List<Keyset.Column> SORTS = List.of(
            new Keyset.Column("received", "d.received_at", Keyset.Kind.TIME),
            new Keyset.Column("due", "d.due_at", Keyset.Kind.TIME),
            new Keyset.Column("code", "d.code", Keyset.Kind.TEXT));

    /**
     * One keyset page of the filter's dossiers matching the search ({@link vn.hailong.shared.ListSearch}), and how many match in all
     * (up to {@code countCap} when not null).
     */
    ListPage<DossierRow> page(
            AgencyScope scope,
            DossierFilter f,
            vn.hailong.shared.ListSearch search,
            ListQuery q,
            LocalDateTime riskHorizon,
            Long countCap) {
        Keyset keyset = Keyset.of(q, SORTS, "d.id");
        if (postgres) {
            // plan the list with its own unit, status and dates (the caller's transaction): a generic plan, which
            // PostgreSQL keeps once the driver has prepared the statement, reads a large unit's whole date range and
            // sorts it (bench/RESULTS.md, dossier search: p95 341 → 10 ms at 1,000,000 dossiers)
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String searched = search.condition("d", params);
        Map<String, Object> pageParams = new HashMap<>(params);
        String after = keyset.after(q.cursor(), pageParams);
        pageParams.put("limit", q.limit() + 1);
        // a unit's dossiers are those it resolves and those it received for another agency: two ranges of two
        // indexes, each read in the list's order and merged, where one OR would read and sort all the unit's matches
        List<String> branches = f.agencyId() == null
                ? List.of(where(scope, f, riskHorizon, params, null) + searched)
                : List.of(
                        where(scope, f, riskHorizon, params, "d.agency_id = :agency") + searched,
                        where(scope, f, riskHorizon, params, receivedForAnother()) + searched);
        List<String> selects = new java.util.ArrayList<>();
        selects.add("(select d.id from dossier d join agency a on a.id = d.agency_id " + branches.get(0) + after
                + keyset.orderBy() + " fetch first :limit rows only)");
        if (branches.size() > 1) {
            // what a unit received for others is a small share of any list: read it whole and sort it (OFFSET 0
            // keeps PostgreSQL from walking the whole table by date looking for those few rows)
            selects.add("(select x.id from (select d.id, d.received_at, d.due_at, d.code from dossier d join agency a"
                    + " on a.id = d.agency_id " + branches.get(1) + after + " offset 0 rows) x"
                    + keyset.orderBy().replace("d.", "x.") + " fetch first :limit rows only)");
        }
        String ids = String.join(" union all ", selects);
        String sql = """
                select d.code, d.status, a.name, p.name, d.applicant_name, d.received_at, d.due_at, d.resolved_at,
                       d.returned_at, d.timeliness, o.full_name, d.id
                from (""" + ids + """
                ) k join dossier d on d.id = k.id join agency a on a.id = d.agency_id
                join admin_procedure p on p.code = d.procedure_code left join officer o on o.id = d.handling_officer_id
                """ + keyset.orderBy() + " fetch first :limit rows only";
        pageParams.putAll(params);
        Map<DossierRow, Long> idOf = new HashMap<>();
        List<DossierRow> rows = jdbc.sql(sql)
                .params(pageParams)
                .query((rs, i) -> {
                    DossierRow row = row(rs);
                    idOf.put(row, rs.getLong(12));
                    return row;
                })
                .list();
        String counted = branches.stream()
                .map(w -> "(select 1 x from dossier d join agency a on a.id = d.agency_id " + w
                        + (countCap == null ? "" : " fetch first :cap rows only") + ")")
                .collect(java.util.stream.Collectors.joining(" union all "));
        return ListPage.of(
                rows,
                q.limit(),
                r -> keyset.cursor(sortValue(keyset, r), idOf.get(r)),
                ListPage.Counted.count(jdbc, "from (" + counted + ") u", params, countCap));
    }

    /**
     * A unit's dossiers received at its desk for another agency ({@link #scoped}); its own are matched apart. On
     * PostgreSQL only the expression of the index V150 made (the receiving agency's own index would read all the
     * unit's dossiers); on H2 the receiving agency's index.
     */
    private String receivedForAnother() {
        return (postgres ? "" : "d.receiving_agency_id = :agency and ")
                + "case when d.receiving_agency_id <> d.agency_id then d.receiving_agency_id end = :agency";
    }

    private static Object sortValue(Keyset keyset, DossierRow r) {
        return switch (keyset.column().key()) {
            case "due" -> r.dueAt();
            case "code" -> r.code();
            default -> r.receivedAt();
        };
    }

    /** The events after {@code afterId} in id order, of the agencies in scope (the changes feed). */
    List<vn.hailong.shared.Change> changes(AgencyScope scope, long afterId, int limit) {
        return jdbc.sql("""
                select e.id, d.code, e.type, d.agency_id, e.at from dossier_event e join dossier d on d.id = e.dossier_id
                join agency a on a.id = d.agency_id where e.id > :after and\s""" + scope.predicate("a") + " order by e.id fetch first :limit rows only")
                .params(scope.parameters())
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, i) -> new vn.hailong.shared.Change(
                        "DOSSIER_EVENT", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), time(rs, 5)))
                .list();
    }

    /** How many dossiers the filter selects (no limit). */
    long count(AgencyScope scope, DossierFilter f, LocalDateTime riskHorizon) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String sql = "select count(*) from dossier d join agency a on a.id = d.agency_id "
                + where(scope, f, riskHorizon, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String where(
            AgencyScope scope, DossierFilter f, LocalDateTime riskHorizon, Map<String, Object> params) {
        return where(scope, f, riskHorizon, params, null);
    }

    /**
     * The filter's conditions; {@code agencyCondition} replaces the unit's ("resolved or received by it") when not
     * null.
     */
    private static String where(
            AgencyScope scope,
            DossierFilter f,
            LocalDateTime riskHorizon,
            Map<String, Object> params,
            String agencyCondition) {
        StringBuilder sql = new StringBuilder("where ").append(scoped(scope));
        if (f.agencyId() != null) {
            sql.append(
                    agencyCondition == null
                            ? " and (d.agency_id = :agency or d.receiving_agency_id = :agency)"
                            : " and " + agencyCondition);
            params.put("agency", f.agencyId());
        }
        if (f.status() != null) {
            sql.append(" and d.status = :status");
            params.put("status", f.status().code());
        }
        if (f.timeliness() != null) {
            sql.append(" and d.timeliness = :timeliness");
            params.put("timeliness", f.timeliness().name());
        }
        if (f.procedureCode() != null && !f.procedureCode().isBlank()) {
            sql.append(" and d.procedure_code = :procedure");
            params.put("procedure", f.procedureCode());
        }
        if (f.officerId() != null) {
            sql.append(" and (d.handling_officer_id = :officer or d.receiving_officer_id = :officer)");
            params.put("officer", f.officerId());
        }
        if (f.handledBy() != null) {
            sql.append(" and d.handling_officer_id = :handledBy");
            params.put("handledBy", f.handledBy());
        }
        if (f.from() != null) {
            sql.append(" and d.received_at >= :from");
            params.put("from", ts(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            sql.append(" and d.received_at < :to");
            params.put("to", ts(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.resolvedFrom() != null) {
            sql.append(" and d.resolved_at >= :resolvedFrom");
            params.put("resolvedFrom", ts(f.resolvedFrom().atStartOfDay()));
        }
        if (f.resolvedTo() != null) {
            sql.append(" and d.resolved_at < :resolvedTo");
            params.put("resolvedTo", ts(f.resolvedTo().plusDays(1).atStartOfDay()));
        }
        if (f.overdueAt() != null) {
            sql.append(" and ").append(Overdue.predicate("d"));
            params.put("now", ts(f.overdueAt()));
        }
        if (Boolean.TRUE.equals(f.atRisk())) {
            sql.append(" and d.status in (" + Overdue.OPEN_CODES + ") and d.due_at <= :horizon");
            params.put("horizon", ts(riskHorizon));
        }
        return sql.toString();
    }

    static DossierRecord record(ResultSet rs, int i) throws SQLException {
        return new DossierRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                DossierStatus.of(rs.getInt(5)),
                time(rs, 6),
                time(rs, 7),
                time(rs, 8),
                time(rs, 9),
                time(rs, 10),
                time(rs, 11),
                time(rs, 12),
                Timeliness.valueOf(rs.getString(13)),
                rs.getInt(14),
                rs.getInt(15),
                rs.getObject(16, Long.class));
    }

    static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    /** A list row from the first eleven columns of the list's select. */
    private static DossierRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DossierRow(
                rs.getString(1),
                DossierStatus.of(rs.getInt(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                time(rs, 6),
                time(rs, 7),
                time(rs, 8),
                time(rs, 9),
                Timeliness.valueOf(rs.getString(10)),
                rs.getString(11));
    }
}
