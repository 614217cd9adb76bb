package vn.hailong.letter;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hailong.access.AgencyScope;

@Repository
class LetterRepository {

    private static final String LETTER = """
            select l.id, l.kind, l.status, d.code, l.agency_id, a.name, l.recipient_name, l.person_name, l.reason,
                   l.new_due_at, d.due_at, l.title, l.body, l.created_at, l.approved_by, l.sent_at, l.sent_by
            from letter l join agency a on a.id = l.agency_id left join dossier d on d.id = l.dossier_id""";

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Letter> list(AgencyScope scope, LetterStatus status, LetterKind kind, int limit) {
        return jdbc.sql(
                        LETTER + " where " + scope.predicate("a")
                                + " and (cast(:status as varchar) is null or l.status = :status)"
                                + " and (cast(:kind as varchar) is null or l.kind = :kind) order by l.created_at desc, l.id desc fetch first :limit rows only")
                .params(scope.parameters())
                .param("status", status == null ? null : status.name())
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .query((rs, i) -> letter(rs))
                .list();
    }

    Optional<Letter> find(AgencyScope scope, long id) {
        return jdbc.sql(LETTER + " where l.id = :id and " + scope.predicate("a"))
                .params(scope.parameters())
                .param("id", id)
                .query((rs, i) -> letter(rs))
                .optional();
    }

    /** Open dossiers that will miss (or have missed) their date, never extended, without an apology yet. */
    List<Map<String, Object>> needingApology(LocalDateTime horizon) {
        return jdbc.sql("""
                select d.id, d.code, d.agency_id, d.applicant_name, d.due_at, p.name procedure_name, a.name agency_name
                from dossier d join catalog_procedure_view p on p.code = d.procedure_code join agency a on a.id = d.agency_id
                where d.status in (2, 4, 5, 6) and d.extension_count = 0 and d.due_at <= :h
                  and not exists (select 1 from letter l where l.dossier_id = d.id and l.kind = 'APOLOGY')
                order by d.due_at fetch first 500 rows only""").param("h", Timestamp.valueOf(horizon)).query().listOfRows();
    }

    /** Returned dossiers of birth, marriage or death procedures without a life-event letter yet. */
    List<Map<String, Object>> needingLifeEventLetter(LocalDateTime since) {
        return jdbc.sql("""
                select d.id, d.code, d.agency_id, d.applicant_name, d.returned_at, p.name procedure_name, p.life_event,
                       a.name agency_name
                from dossier d join catalog_procedure_view p on p.code = d.procedure_code join agency a on a.id = d.agency_id
                where d.status = 10 and p.life_event in ('BIRTH', 'MARRIAGE', 'DEATH') and d.returned_at >= :since
                  and not exists (select 1 from letter l where l.dossier_id = d.id and l.kind in ('CONGRATULATION', 'CONDOLENCE'))
                order by d.returned_at fetch first 2000 rows only""").param("since", Timestamp.valueOf(since)).query().listOfRows();
    }

    /**
     * The template of a kind for an agency and a life event (null: none): the agency's own before the default, and
     * among those the one written for the life event before the general one.
     */
    Optional<String[]> template(long agencyId, LetterKind kind, String lifeEvent) {
        return jdbc.sql("""
                select title, body from letter_template where kind = :k and (agency_id = :a or agency_id is null)
                  and (life_event is null or life_event = :e)
                order by case when agency_id is null then 1 else 0 end, case when life_event is null then 1 else 0 end
                fetch first 1 rows only""")
                .param("k", kind.name())
                .param("a", agencyId)
                .param("e", lifeEvent == null ? "NONE" : lifeEvent)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    void insert(
            LetterKind kind,
            Long dossierId,
            long agencyId,
            String recipient,
            String person,
            LocalDateTime newDue,
            String title,
            String body,
            LocalDateTime now) {
        jdbc.sql("""
                insert into letter (kind, dossier_id, agency_id, status, recipient_name, person_name, new_due_at, title, body, created_at)
                values (:k, :d, :a, 'DRAFT', :r, :p, :n, :t, :b, :c)""")
                .param("k", kind.name())
                .param("d", dossierId)
                .param("a", agencyId)
                .param("r", recipient)
                .param("p", person)
                .param("n", newDue == null ? null : Timestamp.valueOf(newDue))
                .param("t", title)
                .param("b", body)
                .param("c", Timestamp.valueOf(now))
                .update();
    }

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

    Map<String, Object> contact(long letterId) {
        return jdbc.sql("""
                select d.applicant_phone, d.applicant_email from letter l left join dossier d on d.id = l.dossier_id where l.id = :id""").param("id", letterId).query().singleRow();
    }

    /** Letters per month and kind, for the unit's log. */
    List<Map<String, Object>> monthly(AgencyScope scope) {
        return jdbc.sql("""
                select extract(year from l.created_at) y, extract(month from l.created_at) m, l.kind, count(*) n,
                       count(*) filter (where l.status = 'SENT') sent
                from letter l join agency a on a.id = l.agency_id where\s""" + scope.predicate("a") + """
                \sgroup by extract(year from l.created_at), extract(month from l.created_at), l.kind
                 order by 1 desc, 2 desc, 3""")
                .params(scope.parameters())
                .query()
                .listOfRows();
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
