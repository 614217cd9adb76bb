package vn.hailong.dossier;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other modules may ask of dossiers, as typed answers, so that none of them reads the {@code dossier} table.
 * The personal-data rule: the applicant's contact leaves the dossier module only here, for the agency to reach
 * the applicant (answering their complaint, inviting them to a survey); what a user sees of an applicant is
 * masked unless {@code CurrentUser.mayReadPersonalData} (see {@link DossierViews}).
 */
@Repository
public class DossierLookup {

    /** A dossier whose result was returned, with the applicant's phone, or else e-mail in lower case. */
    public record ReturnedApplicant(long dossierId, String fieldCode, String applicantKind, String contact) {}

    private final JdbcClient jdbc;

    public DossierLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many dossiers of the agency (and desk, if given) had their result returned in [from, to). */
    public int returnedCount(long agencyId, Long deskId, LocalDateTime from, LocalDateTime to) {
        var sql = jdbc.sql(
                        "select count(*) from dossier where agency_id = :a and returned_at >= :f and returned_at < :t"
                                + (deskId == null ? "" : " and desk_id = :d"))
                .param("a", agencyId)
                .param("f", Timestamp.valueOf(from))
                .param("t", Timestamp.valueOf(to));
        return (deskId == null ? sql : sql.param("d", deskId))
                .query(Integer.class)
                .single();
    }

    /** The agency's dossiers returned in [from, to) whose applicant left a phone or an e-mail, latest first. */
    public List<ReturnedApplicant> returnedWithContact(long agencyId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select d.id, d.field_code, d.applicant_kind, coalesce(d.applicant_phone, lower(d.applicant_email))
                from dossier d
                where d.agency_id = :a and d.returned_at >= :from and d.returned_at < :to
                  and (d.applicant_phone is not null or d.applicant_email is not null)
                order by d.returned_at desc, d.id desc""")
                .param("a", agencyId)
                .param("from", Timestamp.valueOf(from))
                .param("to", Timestamp.valueOf(to))
                .query((rs, i) ->
                        new ReturnedApplicant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The applicant of a dossier, unmasked, for answering the complaint they raised by rating it low. */
    public Optional<Applicant> applicantToAnswer(long dossierId) {
        return jdbc.sql("select applicant_name, applicant_phone, applicant_email from dossier where id = :d")
                .param("d", dossierId)
                .query((rs, i) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3), null))
                .optional();
    }
}
