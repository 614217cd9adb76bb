package vn.hailong.letter;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;
import vn.hailong.shared.Keyset;
import vn.hailong.shared.ListFilters;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.ListSearch;
import vn.hailong.shared.SearchKeys;

@Repository
class LetterRepository {

    private static final String LETTER = """
            select l.id, l.kind, l.status, d.code, l.agency_id, a.name, l.recipient_name, l.person_name, l.reason,
                   l.new_due_at, d.due_at, l.title, l.body, l.created_at, l.approved_by, l.sent_at, l.sent_by""";

    private static final String FROM =
            " from letter l join agency a on a.id = l.agency_id left join dossier d on d.id = l.dossier_id";

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final List<Keyset.Column> SORTS = List.of(
            new Keyset.Column("created", "l.created_at", Keyset.Kind.TIME),
            new Keyset.Column("recipient", "l.search_name", Keyset.Kind.TEXT));

    /**
     * One keyset page of the letters in scope that pass the filter and match the search (newest first by default),
     * and how many match in all (up to {@code countCap} when not null).
     */
    ListPage<Letter> page(AgencyScope scope, LetterFilter f, ListSearch search, ListQuery q, Long countCap) {
        Keyset keyset = Keyset.of(q, SORTS, "l.id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where ").append(scope.predicate("a"));
        ListFilters.equal(where, params, "l.kind", f.kind());
        ListFilters.equal(where, params, "l.status", f.status());
        where.append(search.condition("l", params));
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", q.limit() + 1);
        String sql = LETTER + ", l.search_name" + FROM + where + keyset.after(q.cursor(), pageParams) + keyset.orderBy()
                + " fetch first :limit rows only";
        List<Map.Entry<Letter, String>> rows = jdbc.sql(sql)
                .params(pageParams)
                .query((rs, i) -> Map.entry(letter(rs), rs.getString(18)))
                .list();
        boolean byCreated = keyset.column() == SORTS.get(0);
        return ListPage.of(
                        rows,
                        q.limit(),
                        r -> keyset.cursor(
                                byCreated ? r.getKey().createdAt() : r.getValue(),
                                r.getKey().id()),
                        ListPage.Counted.count(jdbc, FROM + where, params, countCap))
                .map(Map.Entry::getKey);
    }

    long count(AgencyScope scope, LetterStatus status) {
        return jdbc.sql("select count(*) from letter l join agency a on a.id = l.agency_id" + " where "
                        + scope.predicate("a") + " and l.status = :status")
                .params(scope.parameters())
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    Optional<Letter> find(AgencyScope scope, long id) {
        return jdbc.sql(LETTER + FROM + " where l.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query((rs, i) -> letter(rs))
                .optional();
    }

    /** An open dossier late or about to be, as an apology needs it. */
    record LateDossier(
            long id,
            String code,
            long agencyId,
            String applicantName,
            String applicantPhone,
            LocalDateTime dueAt,
            String procedureName,
            String agencyName) {}

    /** A returned dossier of a life event, as a congratulation or condolence letter needs it. */
    record LifeEventDossier(
            long id,
            String code,
            long agencyId,
            String applicantName,
            String applicantPhone,
            LocalDateTime returnedAt,
            String procedureName,
            String lifeEvent,
            String agencyName) {}

    /** A letter template's title and body. */
    record Template(String title, String body) {}

    /** The applicant's contact for sending a letter (both may be null). */
    record Contact(String applicantPhone, String applicantEmail) {}

    /** Letters of one kind in one month, and how many of them were sent. */
    record MonthCount(int y, int m, String kind, long n, long sent) {}

    /** Open dossiers that will miss (or have missed) their date, never extended, without an apology yet. */
    List<LateDossier> needingApology(LocalDateTime horizon) {
        return jdbc.sql("""
                select d.id, d.code, d.agency_id, d.applicant_name, d.applicant_phone, d.due_at, p.name procedure_name, a.name agency_name
                from dossier d join catalog_procedure_view p on p.code = d.procedure_code join agency a on a.id = d.agency_id
                where d.status in (2, 4, 5, 6) and d.extension_count = 0 and d.due_at <= :h
                  and not exists (select 1 from letter l where l.dossier_id = d.id and l.kind = 'APOLOGY')
                order by d.due_at fetch first 500 rows only""")
                .param("h", Timestamp.valueOf(horizon))
                .query(LateDossier.class)
                .list();
    }

    /** Returned dossiers of birth, marriage or death procedures without a life-event letter yet. */
    List<LifeEventDossier> needingLifeEventLetter(LocalDateTime since) {
        return jdbc.sql("""
                select d.id, d.code, d.agency_id, d.applicant_name, d.applicant_phone, d.returned_at, p.name procedure_name, p.life_event,
                       a.name agency_name
                from dossier d join catalog_procedure_view p on p.code = d.procedure_code join agency a on a.id = d.agency_id
                where d.status = 10 and p.life_event in ('BIRTH', 'MARRIAGE', 'DEATH') and d.returned_at >= :since
                  and not exists (select 1 from letter l where l.dossier_id = d.id and l.kind in ('CONGRATULATION', 'CONDOLENCE'))
                order by d.returned_at fetch first 2000 rows only""")
                .param("since", Timestamp.valueOf(since))
                .query(LifeEventDossier.class)
                .list();
    }

    /**
     * The template of a kind for an agency and a life event (null: none): the agency's own before the default, and
     * among those the one written for the life event before the general one.
     */
    Optional<Template> template(long agencyId, LetterKind kind, String lifeEvent) {
        return jdbc.sql("""
                select title, body from letter_template where kind = :k and (agency_id = :a or agency_id is null)
                  and (life_event is null or life_event = :e)
                order by case when agency_id is null then 1 else 0 end, case when life_event is null then 1 else 0 end
                fetch first 1 rows only""")
                .param("k", kind.name())
                .param("a", agencyId)
                .param("e", lifeEvent == null ? "NONE" : lifeEvent)
                .query(Template.class)
                .optional();
    }

    /** A new draft, with its search columns (the dossier's code and phone, the recipient's name). */
    void insert(
            LetterKind kind,
            LetterRepository.Recipient to,
            long agencyId,
            LocalDateTime newDue,
            String title,
            String body,
            LocalDateTime now) {
        jdbc.sql("""
                insert into letter (kind, dossier_id, agency_id, status, recipient_name, new_due_at, title, body,
                  created_at, search_name, code_key, phone_rev)
                values (:k, :d, :a, 'DRAFT', :r, :n, :t, :b, :c, :sn, :ck, :pr)""")
                .param("k", kind.name())
                .param("d", to.dossierId())
                .param("a", agencyId)
                .param("r", to.name())
                .param("n", newDue == null ? null : Timestamp.valueOf(newDue))
                .param("t", title)
                .param("b", body)
                .param("c", Timestamp.valueOf(now))
                .param("sn", SearchKeys.name(to.name()))
                .param("ck", SearchKeys.code(to.dossierCode()))
                .param("pr", SearchKeys.phoneReversed(to.phone()))
                .update();
    }

    /** Whom a letter is to: the applicant of a dossier (its id and code), by name and phone (null: none). */
    record Recipient(Long dossierId, String dossierCode, String name, String phone) {}

    void updateDraft(long id, String person, String reason, LocalDateTime newDue, String body) {
        jdbc.sql(
                        "update letter set person_name = :p, reason = :r, new_due_at = :n, body = :b where id = :id and status = 'DRAFT'")
                .param("p", person)
                .param("r", reason)
                .param("n", newDue == null ? null : Timestamp.valueOf(newDue))
                .param("b", body)
                .param("id", id)
                .update();
    }

    void mark(long id, LetterStatus status, String approvedBy, LocalDateTime at, String sentBy) {
        jdbc.sql("""
                update letter set status = :s, approved_by = coalesce(approved_by, :by), approved_at = coalesce(approved_at, :at),
                  sent_at = case when :s = 'SENT' then :at else sent_at end, sent_by = coalesce(:sentBy, sent_by) where id = :id""")
                .param("s", status.name())
                .param("by", approvedBy)
                .param("at", Timestamp.valueOf(at))
                .param("sentBy", sentBy)
                .param("id", id)
                .update();
    }

    Contact contact(long letterId) {
        return jdbc.sql("""
                select d.applicant_phone, d.applicant_email from letter l left join dossier d on d.id = l.dossier_id where l.id = :id""").param("id", letterId).query(Contact.class).single();
    }

    /** Letters per month and kind, for the unit's log. */
    List<MonthCount> monthly(AgencyScope scope) {
        return jdbc.sql("""
                select extract(year from l.created_at) y, extract(month from l.created_at) m, l.kind, count(*) n,
                       count(*) filter (where l.status = 'SENT') sent
                from letter l join agency a on a.id = l.agency_id where\s""" + scope.predicate("a") + """
                \sgroup by extract(year from l.created_at), extract(month from l.created_at), l.kind
                 order by 1 desc, 2 desc, 3""")
                .params(scope.parameters())
                .query(MonthCount.class)
                .list();
    }

    private static Letter letter(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Letter(
                rs.getLong(1),
                LetterKind.valueOf(rs.getString(2)),
                LetterStatus.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                time(rs.getTimestamp(10)),
                time(rs.getTimestamp(11)),
                rs.getString(12),
                rs.getString(13),
                time(rs.getTimestamp(14)),
                rs.getString(15),
                time(rs.getTimestamp(16)),
                rs.getString(17));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
