package vn.hailong.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Follow-up of low ratings (any item at or below the threshold): the unit leader sees the citizen's
 * contact, calls or writes, and records what was done. The feedback issue will take these over as cases.
 */
@Service
public class FollowUps {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<FollowUp> list(boolean open) {
        AgencyScope scope = CurrentUser.scope();
        boolean personal = CurrentUser.principal().map(p -> p.role() != Role.VIEWER && p.role() != Role.PROVINCIAL_OFFICIAL).orElse(false);
        return jdbc.sql("""
                select r.id, d.code, a.name, o.full_name, p.name, r.created_at,
                       (select min(x.score) from rating_answer x where x.rating_id = r.id), r.comment,
                       d.applicant_name, d.applicant_phone, d.applicant_email, r.followed_up_at, r.followed_up_by, r.followup_note
                from rating r join agency a on a.id = r.agency_id left join dossier d on d.id = r.dossier_id
                left join officer o on o.id = r.officer_id left join admin_procedure p on p.code = r.procedure_code
                where r.low and\s""" + scope.predicate("a") + (open ? " and r.followed_up_at is null" : "")
                        + " order by r.created_at desc fetch first 500 rows only")
                .params(scope.parameters())
                .query((rs, i) -> new FollowUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getInt(7), rs.getString(8),
                        personal ? rs.getString(9) : null, personal ? rs.getString(10) : null, personal ? rs.getString(11) : null,
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toLocalDateTime(), rs.getString(13), rs.getString(14)))
                .list();
    }

    @Transactional
    public void record(long ratingId, String note) {
        if (!CurrentUser.hasRole(Role.UNIT_LEADER) && !CurrentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw new InvalidInputException("followUp.leaderOnly");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new InvalidInputException("followUp.noteRequired");
        }
        if (list(true).stream().noneMatch(f -> f.ratingId() == ratingId)) {
            throw new NotFoundException("followUp.notFound", ratingId);
        }
        jdbc.sql("update rating set followed_up_at = :t, followed_up_by = :by, followup_note = :n where id = :id")
                .param("t", Timestamp.valueOf(LocalDateTime.now(clock))).param("by", CurrentUser.name())
                .param("n", note.trim()).param("id", ratingId).update();
        audit.record("rating", ratingId, "FOLLOW_UP", null, Map.of("note", note.trim()));
    }
}
