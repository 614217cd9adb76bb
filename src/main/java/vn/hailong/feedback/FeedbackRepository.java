package vn.hailong.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListFilters;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.ListSearch;

@Repository
class FeedbackRepository {

    private static final String SELECT = "select f.*, a.name agency_name, a.weekend agency_weekend from feedback_case f"
            + " join agency a on a.id = f.agency_id";
    /** Where the agency owes the next step and its date has passed. */
    static final String OVERDUE =
            "(f.status in ('RECEIVED', 'ACCEPTED', 'ASSIGNED') and f.due_at is not null and f.due_at < :now)";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Map<String, Object> v) {
        var keys = new GeneratedKeyHolder();
        String columns = String.join(", ", v.keySet());
        String values = v.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "));
        jdbc.sql("insert into feedback_case (" + columns + ") values (" + values + ")")
                .params(v)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Sets the given columns (names chosen by the code, never by input). */
    void update(long id, Map<String, Object> v) {
        String set = v.keySet().stream().map(k -> k + " = :" + k).collect(Collectors.joining(", "));
        jdbc.sql("update feedback_case set " + set + " where id = :id")
                .params(v)
                .param("id", id)
                .update();
    }

    Optional<FeedbackCase> find(AgencyScope scope, long id, boolean personal, LocalDateTime now) {
        return jdbc.sql(SELECT + " where f.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query((rs, i) -> map(rs, personal, now))
                .optional();
    }

    /** Low ratings since a time that have no case yet, oldest first (the demo's history turns some into cases). */
    List<FeedbackReplay.LowRating> lowRatingsWithoutCase(LocalDateTime since) {
        return jdbc.sql("""
                select r.id, r.agency_id, r.comment, r.created_at, d.code from rating r left join dossier_rating_view d on d.id = r.dossier_id
                where r.low and r.created_at >= :since and not exists (select 1 from feedback_case f where f.rating_id = r.id)
                order by r.created_at""")
                .param("since", Timestamp.valueOf(since))
                .query((rs, n) -> new FeedbackReplay.LowRating(
                        rs.getLong("id"),
                        rs.getLong("agency_id"),
                        rs.getString("comment"),
                        rs.getTimestamp("created_at").toLocalDateTime(),
                        rs.getString("code")))
                .list();
    }

    Optional<FeedbackCase> byTrackingCode(String code, LocalDateTime now) {
        return jdbc.sql(SELECT + " where f.tracking_code = :c")
                .param("c", code)
                .query((rs, i) -> map(rs, false, now))
                .optional();
    }

    Optional<Long> idByAnswerToken(String token) {
        return jdbc.sql("select id from feedback_case where answer_token = :t")
                .param("t", token)
                .query(Long.class)
                .optional();
    }

    List<FeedbackCase> list(
            AgencyScope scope,
            Long agency,
            FeedbackStatus status,
            Boolean overdue,
            FeedbackChannel channel,
            boolean personal,
            LocalDateTime now,
            int limit) {
        String late = overdue == null ? "" : overdue ? " and " + OVERDUE : " and not " + OVERDUE;
        return jdbc.sql(SELECT + " where " + scope.predicate("a") + late + " " + """
                 and (cast(:agency as bigint) is null or f.agency_id = :agency)
                 and (cast(:status as varchar) is null or f.status = :status)
                 and (cast(:channel as varchar) is null or f.channel = :channel)
                 order by f.received_at desc, f.id desc fetch first :limit rows only""")
                .params(scope.parameters())
                .param("agency", agency)
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("now", Timestamp.valueOf(now))
                .param("limit", limit)
                .query((rs, i) -> map(rs, personal, now))
                .list();
    }

    /**
     * Every case of the agency (in scope) that one of the ratings opened, or that was assigned to the officer (by
     * name) and received in [from, to): all of them, newest first.
     */
    List<FeedbackCase> involving(
            AgencyScope scope,
            long agency,
            java.util.Collection<Long> ratingIds,
            String officer,
            LocalDateTime from,
            LocalDateTime to,
            boolean personal,
            LocalDateTime now) {
        return jdbc.sql(SELECT + " where " + scope.predicate("a") + " " + """
                 and f.agency_id = :agency
                 and (f.rating_id in (:ratings)
                      or lower(f.assigned_officer) = lower(:officer) and f.received_at >= :from and f.received_at < :to)
                 order by f.received_at desc, f.id desc""")
                .params(scope.parameters())
                .param("agency", agency)
                .param("ratings", ratingIds.isEmpty() ? List.of(-1L) : ratingIds)
                .param("officer", officer)
                .param("from", Timestamp.valueOf(from))
                .param("to", Timestamp.valueOf(to))
                .param("now", Timestamp.valueOf(now))
                .query((rs, i) -> map(rs, personal, now))
                .list();
    }

    static final List<Keyset.Column> SORTS = List.of(
            new Keyset.Column("received", "f.received_at", Keyset.Kind.TIME),
            new Keyset.Column("code", "f.tracking_code", Keyset.Kind.TEXT));

    /**
     * One keyset page of the cases in scope that pass the filter and match the search, and how many match in all (up
     * to {@code countCap} when not null); contact fields only when {@code personal}.
     */
    ListPage<FeedbackCase> page(
            AgencyScope scope,
            FeedbackFilter f,
            ListSearch search,
            ListQuery q,
            boolean personal,
            LocalDateTime now,
            Long countCap) {
        Keyset keyset = Keyset.of(q, SORTS, "f.id");
        Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        params.put("now", Timestamp.valueOf(now));
        StringBuilder where = new StringBuilder(" where ").append(scope.predicate("a"));
        if (f.overdue() != null) {
            where.append(f.overdue() ? " and " : " and not ").append(OVERDUE);
        }
        ListFilters.equal(where, params, "f.agency_id", f.agency());
        ListFilters.equal(
                where,
                params,
                "f.status",
                f.status() == null ? null : f.status().name());
        ListFilters.equal(
                where,
                params,
                "f.channel",
                f.channel() == null ? null : f.channel().name());
        ListFilters.equal(
                where,
                params,
                "f.category",
                f.category() == null ? null : f.category().name());
        where.append(search.condition("f", params));
        return ListPage.read(
                jdbc,
                "select f.*, a.name agency_name, a.weekend agency_weekend",
                "from feedback_case f join agency a on a.id = f.agency_id" + where,
                params,
                keyset,
                q,
                (rs, i) -> map(rs, personal, now),
                c -> keyset.cursor("code".equals(keyset.column().key()) ? c.trackingCode() : c.receivedAt(), c.id()),
                countCap);
    }

    /** Counts by status of the cases in scope, and how many are overdue. */
    Map<String, Long> counts(AgencyScope scope, LocalDateTime now) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select f.status, count(*), count(*) filter (where " + OVERDUE
                        + ") from feedback_case f join agency a on a.id = f.agency_id where " + scope.predicate("a")
                        + " group by f.status")
                .params(scope.parameters())
                .param("now", Timestamp.valueOf(now))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                    counts.merge("OVERDUE", rs.getLong(3), Long::sum);
                });
        return counts;
    }

    /** Handling figures of cases received in [from, to) in scope. */
    FeedbackRates rates(AgencyScope scope, Long agency, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select count(*), count(*) filter (where f.answered_at is not null),
                       count(*) filter (where f.answered_at is not null and f.answered_at <= f.resolve_due_at),
                       count(*) filter (where f.satisfied = true), count(*) filter (where f.satisfied = false)
                from feedback_case f join agency a on a.id = f.agency_id
                where f.status <> 'SPAM' and f.received_at >= :from and f.received_at < :to
                 and (cast(:agency as bigint) is null or f.agency_id = :agency) and\s""" + scope.predicate("a"))
                .params(scope.parameters())
                .param("agency", agency)
                .param("from", Timestamp.valueOf(from))
                .param("to", Timestamp.valueOf(to))
                .query((rs, i) ->
                        new FeedbackRates(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    /** The same per agency code (agencies without cases left out). */
    Map<String, FeedbackRates> ratesByAgency(AgencyScope scope, LocalDateTime from, LocalDateTime to) {
        Map<String, FeedbackRates> out = new java.util.HashMap<>();
        jdbc.sql("""
                select a.code, count(*), count(*) filter (where f.answered_at is not null),
                       count(*) filter (where f.answered_at is not null and f.answered_at <= f.resolve_due_at),
                       count(*) filter (where f.satisfied = true), count(*) filter (where f.satisfied = false)
                from feedback_case f join agency a on a.id = f.agency_id
                where f.status <> 'SPAM' and f.received_at >= :from and f.received_at < :to and\s""" + scope.predicate("a") + " group by a.code")
                .params(scope.parameters())
                .param("from", Timestamp.valueOf(from))
                .param("to", Timestamp.valueOf(to))
                .query((rs, i) -> out.put(
                        rs.getString(1),
                        new FeedbackRates(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))))
                .list();
        return out;
    }

    /** Overdue cases of one agency now. */
    long overdue(long agencyId, LocalDateTime now) {
        return jdbc.sql("select count(*) from feedback_case f where f.agency_id = :a and " + OVERDUE)
                .param("a", agencyId)
                .param("now", Timestamp.valueOf(now))
                .query(Long.class)
                .single();
    }

    /** Active cases past their date that have not yet reached the province, for the escalation job. */
    List<FeedbackCase> overdueToEscalate(LocalDateTime now) {
        return jdbc.sql(SELECT + " where " + OVERDUE + " and f.escalation < 2 order by f.due_at")
                .param("now", Timestamp.valueOf(now))
                .query((rs, i) -> map(rs, false, now))
                .list();
    }

    Optional<LocalDateTime> escalatedAt(long id) {
        return jdbc.sql("select escalated_at from feedback_case where id = :id")
                .param("id", id)
                .query((rs, i) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toLocalDateTime())
                .optional();
    }

    static final List<Keyset.Column> PUBLISHED_SORTS = List.of(
            new Keyset.Column("published", "f.published_at", Keyset.Kind.TIME),
            new Keyset.Column("code", "f.tracking_code", Keyset.Kind.TEXT));

    /**
     * One keyset page of the published cases (public: every unit) that pass the filter and match the search, with
     * how many match (up to {@code countCap} when not null): the public versions of the question and the answer. An
     * answer published before it had a public version is anonymised here unless the citizen agreed to publication.
     * The search finds the tracking code with or without dashes, or every word of the published question without
     * diacritics; {@code topicKeywords} (folded) narrow to questions that mention one of them as whole words.
     */
    ListPage<PublishedCase> published(
            PublishedFilter f, String search, List<String> topicKeywords, ListQuery q, Long countCap) {
        Keyset keyset = Keyset.of(q, PUBLISHED_SORTS, "f.id");
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder(" where f.published_at is not null and f.status <> 'SPAM'");
        ListFilters.equal(where, params, "f.agency_id", f.agency());
        ListFilters.equal(
                where,
                params,
                "f.category",
                f.category() == null ? null : f.category().name());
        if (f.topic() != null) {
            where.append(anyOf(topicKeywords.stream().map(k -> " " + k + " ").toList(), " or ", params));
        }
        where.append(publicSearch(search, params));
        return ListPage.read(
                jdbc,
                """
                select f.id, f.tracking_code, f.category, a.name, f.public_text, coalesce(f.public_answer, f.answer),
                       f.received_at, f.answered_at, f.published_at, f.public_answer is null and not f.publish_consent,
                       f.contact_name, f.contact_phone, f.contact_email""",
                "from feedback_case f join agency a on a.id = f.agency_id" + where,
                params,
                keyset,
                q,
                (rs, i) -> new PublishedCase(
                        rs.getLong(1),
                        rs.getString(2),
                        FeedbackCategory.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(10)
                                ? Anonymiser.mask(rs.getString(6), rs.getString(11), rs.getString(12), rs.getString(13))
                                : rs.getString(6),
                        time(rs, 7),
                        time(rs, 8),
                        time(rs, 9)),
                p -> keyset.cursor("code".equals(keyset.column().key()) ? p.trackingCode() : p.publishedAt(), p.id()),
                countCap);
    }

    /** The code (when the text has a digit) or every word of the published question; nothing matches nothing. */
    private static String publicSearch(String text, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String code = text.matches(".*\\d.*") ? vn.hailong.shared.SearchKeys.code(text) : "";
        List<String> words = java.util.Arrays.stream(Topics.words(text).trim().split(" "))
                .filter(w -> !w.isEmpty())
                .toList();
        String byWords = anyOf(words, " and ", params);
        if (code.isEmpty()) {
            return byWords;
        }
        params.put("qCode", "%" + code + "%");
        return " and (f.code_key like :qCode" + byWords.replaceFirst("^ and ", " or ") + ")";
    }

    /**
     * {@code " and (…)"}: the published question's words contain the parts (folded words, letters and digits only,
     * so nothing to escape), joined by {@code join}.
     */
    private static String anyOf(List<String> parts, String join, Map<String, Object> params) {
        if (parts.isEmpty()) {
            return " and 1 = 0";
        }
        StringBuilder sql = new StringBuilder();
        for (String part : parts) {
            String name = "w" + params.size();
            params.put(name, "%" + part + "%");
            sql.append(sql.isEmpty() ? "" : join)
                    .append("f.public_words like :")
                    .append(name);
        }
        return " and (" + sql + ")";
    }

    /** The units that have published answers, for the public list's filter. */
    List<AgencyChoice> publishedAgencies() {
        return jdbc
                .sql("""
                select distinct a.id, a.code, a.name from feedback_case f join agency a on a.id = f.agency_id
                where f.published_at is not null and f.status <> 'SPAM'""")
                .query((rs, i) -> new AgencyChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(AgencyChoice::name, vn.hailong.shared.VietnameseText.ORDER))
                .toList();
    }

    boolean duplicate(String key, LocalDateTime since) {
        return jdbc.sql("select count(*) from feedback_case where duplicate_key = :k and received_at >= :s")
                        .param("k", key)
                        .param("s", Timestamp.valueOf(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Cases from the public form with this phone number received since {@code since} (the new one included). */
    long webCasesWithPhone(String phone, LocalDateTime since) {
        return jdbc.sql(
                        "select count(*) from feedback_case where contact_phone = :p and channel = 'WEB' and received_at >= :s")
                .param("p", phone)
                .param("s", Timestamp.valueOf(since))
                .query(Long.class)
                .single();
    }

    long fromSource(String sourceHash, LocalDateTime since) {
        return jdbc.sql("select count(*) from feedback_case where source_hash = :h and received_at >= :s")
                .param("h", sourceHash)
                .param("s", Timestamp.valueOf(since))
                .query(Long.class)
                .single();
    }

    /** The case events after {@code afterId} in id order, of the agencies in scope (the changes feed). */
    List<vn.hailong.shared.Change> changes(vn.hailong.access.AgencyScope scope, long afterId, int limit) {
        return jdbc.sql("""
                select e.id, c.tracking_code, e.action, c.agency_id, e.at from feedback_event e
                join feedback_case c on c.id = e.case_id join agency a on a.id = c.agency_id
                where e.id > :after and\s""" + scope.predicate("a") + " order by e.id fetch first :limit rows only")
                .params(scope.parameters())
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, i) -> new vn.hailong.shared.Change(
                        "FEEDBACK_EVENT",
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    void event(long caseId, LocalDateTime at, String actor, String action, String note) {
        jdbc.sql(
                        "insert into feedback_event (case_id, at, actor, action, note) values (:c, :at, :actor, :action, :note)")
                .param("c", caseId)
                .param("at", Timestamp.valueOf(at))
                .param("actor", actor)
                .param("action", action)
                .param("note", note)
                .update();
    }

    List<CaseEvent> events(long caseId) {
        return jdbc.sql("select at, actor, action, note from feedback_event where case_id = :c order by at, id")
                .param("c", caseId)
                .query((rs, i) -> new CaseEvent(time(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void attach(long caseId, String name, String type, byte[] content) {
        jdbc.sql(
                        "insert into feedback_attachment (case_id, file_name, content_type, size_bytes, content) values (:c, :n, :t, :s, :b)")
                .param("c", caseId)
                .param("n", name)
                .param("t", type)
                .param("s", content.length)
                .param("b", content)
                .update();
    }

    List<Attachment> attachments(long caseId) {
        return jdbc.sql(
                        "select id, file_name, content_type, size_bytes from feedback_attachment where case_id = :c order by id")
                .param("c", caseId)
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), null))
                .list();
    }

    Optional<Attachment> attachment(long caseId, long id) {
        return jdbc.sql(
                        "select id, file_name, content_type, size_bytes, content from feedback_attachment where case_id = :c and id = :id")
                .param("c", caseId)
                .param("id", id)
                .query((rs, i) ->
                        new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBytes(5)))
                .optional();
    }

    /** The agency's name and rest days, unscoped (intake, jobs). */
    /** What a case needs of its (active) agency: the name, the weekend for deadlines, the province. */
    record CaseAgency(String name, String weekend, String provinceCode) {}

    Optional<CaseAgency> agency(long id) {
        return jdbc.sql("select name, weekend, province_code from agency where id = :id and active")
                .param("id", id)
                .query(CaseAgency.class)
                .optional();
    }

    /** Who receives cases whose agency the citizen did not know: the first provincial People's Committee. */
    Optional<Long> provincialCommittee() {
        return jdbc.sql(
                        "select id from agency where kind = 'PROVINCE_PC' and active order by id fetch first 1 rows only")
                .query(Long.class)
                .optional();
    }

    /** E-mail addresses of the agency's leaders (level 1) or of the province's officials (level 2). */
    List<String> escalationRecipients(long agencyId, int level) {
        String sql = level == 1
                ? "select email from app_user where enabled and role = 'UNIT_LEADER' and agency_id = :a and email is not null"
                : "select u.email from app_user u join agency a on a.province_code = u.province_code where a.id = :a"
                        + " and u.enabled and u.role = 'PROVINCIAL_OFFICIAL' and u.email is not null";
        return jdbc.sql(sql).param("a", agencyId).query(String.class).list();
    }

    private static FeedbackCase map(ResultSet rs, boolean personal, LocalDateTime now) throws SQLException {
        FeedbackStatus status = FeedbackStatus.valueOf(rs.getString("status"));
        LocalDateTime due = time(rs, "due_at");
        return new FeedbackCase(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                FeedbackCategory.valueOf(rs.getString("category")),
                FeedbackChannel.valueOf(rs.getString("channel")),
                status,
                rs.getLong("agency_id"),
                rs.getString("agency_name"),
                rs.getString("dossier_code"),
                rs.getObject("rating_id", Long.class),
                rs.getString("body"),
                personal ? rs.getString("contact_name") : null,
                personal ? rs.getString("contact_phone") : null,
                personal ? rs.getString("contact_email") : null,
                rs.getString("assigned_officer"),
                rs.getString("reject_reason"),
                rs.getString("info_request"),
                rs.getString("citizen_info"),
                rs.getString("answer"),
                rs.getString("public_text"),
                time(rs, "received_at"),
                time(rs, "decide_due_at"),
                time(rs, "info_due_at"),
                time(rs, "resolve_due_at"),
                time(rs, "publish_due_at"),
                due,
                time(rs, "decided_at"),
                time(rs, "answered_at"),
                time(rs, "published_at"),
                time(rs, "closed_at"),
                rs.getInt("escalation"),
                rs.getObject("satisfied", Boolean.class),
                rs.getInt("reopen_count"),
                status.active() && due != null && due.isBefore(now),
                rs.getBoolean("publish_consent"),
                rs.getString("public_answer"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
