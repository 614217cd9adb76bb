package vn.hailong.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Survey responses, each stored once: the idempotency key answers a repeat with the same id (also when
 * two copies race), and an invitation takes one response.
 */
@Service
public class Responses {

    private final ResponseRepository repository;
    private final CampaignRepository campaigns;
    private final Questionnaires questionnaires;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** Who keys in paper forms and interviews: the province's and the units' staff (not viewers, secretaries or keys). */
    static final vn.hailong.access.Role[] KEYERS = {
        vn.hailong.access.Role.SYSTEM_ADMIN,
        vn.hailong.access.Role.PROVINCIAL_OFFICIAL,
        vn.hailong.access.Role.UNIT_LEADER,
        vn.hailong.access.Role.ONE_STOP_OFFICER
    };

    private final vn.hailong.access.ScopeGuard guard;

    Responses(
            ResponseRepository repository,
            CampaignRepository campaigns,
            Questionnaires questionnaires,
            TransactionTemplate tx,
            Clock clock,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.repository = repository;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.tx = tx;
        this.clock = clock;
    }

    /** The invitation behind a link, if the token exists. */
    public Optional<Invitation> invitation(String token) {
        return token == null || token.length() > 40 ? Optional.empty() : repository.invitation(token);
    }

    public StoredResponse submit(NewResponse response) {
        Optional<Long> seen = repository.byKey(response.idempotencyKey());
        if (seen.isPresent()) {
            return new StoredResponse(seen.get(), false);
        }
        try {
            return tx.execute(s -> store(response));
        } catch (DuplicateKeyException e) {
            return repository
                    .byKey(response.idempotencyKey())
                    .map(id -> new StoredResponse(id, false))
                    .orElseThrow(() -> new ConflictException("survey.alreadyAnswered"));
        }
    }

    private StoredResponse store(NewResponse r) {
        LocalDateTime now = LocalDateTime.now(clock);
        long campaignId;
        long agencyId;
        Long invitationId = null;
        String channel;
        String code;
        int version;
        if (r.token() != null && !r.token().isBlank()) {
            Invitation inv = invitation(r.token()).orElseThrow(() -> new NotFoundException("survey.tokenUnknown"));
            if (inv.responded()) {
                throw new ConflictException("survey.alreadyAnswered");
            }
            if (!inv.expiresAt().isAfter(now)) {
                throw new InvalidInputException("survey.expired");
            }
            if (!"OPEN".equals(inv.campaignStatus())) {
                throw new ConflictException("survey.campaign.closed");
            }
            campaignId = inv.campaignId();
            agencyId = inv.agencyId();
            invitationId = inv.id();
            channel = "LINK";
            code = inv.questionnaireCode();
            version = inv.questionnaireVersion();
        } else {
            if (r.campaignId() == null
                    || r.agencyId() == null
                    || !("INTERVIEW".equals(r.channel()) || "PAPER".equals(r.channel()))) {
                throw new InvalidInputException("survey.response.who");
            }
            Campaign c = campaigns
                    .find(r.campaignId(), CurrentUser.scope())
                    .orElseThrow(() -> new NotFoundException("survey.campaign.notFound", r.campaignId()));
            guard.role(KEYERS); // after the lookup: without a scope (nobody signed in) the campaign is simply not found
            if (campaigns.progress(c.id(), CurrentUser.scope()).stream().noneMatch(u -> u.agencyId() == r.agencyId())) {
                throw new ForbiddenException("survey.response.agency", r.agencyId());
            }
            if (!c.open()) {
                throw new ConflictException("survey.campaign.closed");
            }
            campaignId = c.id();
            agencyId = r.agencyId();
            channel = r.channel();
            code = c.questionnaireCode();
            version = c.questionnaireVersion();
        }
        List<AnswerRules.Checked> answers = AnswerRules.check(questionnaires.get(code, version), r.answers());
        long id = repository.insert(r.idempotencyKey(), campaignId, agencyId, invitationId, channel, now);
        answers.forEach(a -> repository.insertAnswer(id, a.item(), a.score(), a.answer()));
        if (invitationId != null && repository.markResponded(invitationId, now) == 0) {
            throw new ConflictException("survey.alreadyAnswered");
        }
        return new StoredResponse(id, true);
    }
}
