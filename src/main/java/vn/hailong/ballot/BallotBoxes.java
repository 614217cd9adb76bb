package vn.hailong.ballot;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;

/**
 * The register of sealed ballot boxes at the agencies' desks, with their seal history. Every read is limited to the
 * caller's agencies; every write is audited.
 */
@Service
public class BallotBoxes {

    private final BallotRepository repo;
    private final OpeningDays days;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;
    private final ScopeGuard guard;

    BallotBoxes(
            BallotRepository repo, OpeningDays days, Agencies agencies, AuditLog audit, Clock clock, ScopeGuard guard) {
        this.repo = repo;
        this.days = days;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    public List<CommitteeRole> roles(String lang) {
        return repo.roles(lang);
    }

    public List<BallotBox> boxes(Long agencyId) {
        return repo.boxes(CurrentUser.scope(), agencyId);
    }

    public BallotBox box(long id) {
        return repo.box(CurrentUser.scope(), id).orElseThrow(() -> new NotFoundException("ballot.box.notFound", id));
    }

    public List<SealRecord> seals(long boxId) {
        return repo.seals(box(boxId).id());
    }

    /** Registers a sealed box at an agency (and desk); its session for the current month is scheduled at once. */
    @Transactional
    public long registerBox(long agencyId, Long deskId, String location, String seal, String reminderEmail) {
        require(BallotRoles.ENTER);
        Agency agency = agencies.get(agencyId);
        if (deskId != null && agencies.desks(agencyId).stream().noneMatch(d -> d.id() == deskId)) {
            throw new InvalidInputException("ballot.box.unknownDesk", deskId);
        }
        String where = Texts.blankToNull(location);
        String sealNumber = Texts.blankToNull(seal);
        if (where == null || where.length() > 255) {
            throw new InvalidInputException("ballot.box.locationRequired");
        }
        if (sealNumber == null || sealNumber.length() > 40) {
            throw new InvalidInputException("ballot.box.sealRequired");
        }
        String email = Texts.blankToNull(reminderEmail);
        if (email != null && (email.length() > 160 || !email.contains("@"))) {
            throw new InvalidInputException("ballot.box.badEmail", email);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long id = repo.insertBox(agency.id(), deskId, where, sealNumber, email, now);
        repo.insertSeal(id, sealNumber, now, CurrentUser.name(), null);
        audit.record(
                "ballot_box", id, "CREATE", null, Map.of("agency", agency.id(), "location", where, "seal", sealNumber));
        YearMonth month = YearMonth.from(now);
        repo.insertSessionIfMissing(id, agency.id(), month, days.openingDay(month, agency.id(), agency.weekend()));
        return id;
    }

    @Transactional
    public void retireBox(long boxId) {
        require(BallotRoles.CLOSE);
        BallotBox box = box(boxId);
        repo.boxState(box.id(), null, BoxStatus.RETIRED);
        audit.record(
                "ballot_box", box.id(), "RETIRE", Map.of("status", box.status()), Map.of("status", BoxStatus.RETIRED));
    }

    /** The caller's role may do this (403 otherwise, before any lookup: a refused write changes nothing). */
    private void require(Role... roles) {
        guard.role("ballot.forbidden", roles);
    }
}
