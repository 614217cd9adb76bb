package vn.hailong.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.notify.Outbox;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Secrets;

/**
 * SIPAS campaigns: created with a sample drawn at random but reproducibly (the seed is recorded) from
 * dossiers whose result was returned, invitations queued in the notify outbox, progress per unit, the
 * indices, and closing (which freezes the responses).
 */
@Service
public class Campaigns {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CampaignRepository repository;
    private final ResponseRepository responses;
    private final Questionnaires questionnaires;
    private final SurveySettings settings;
    private final Outbox outbox;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final vn.hailong.access.ScopeGuard guard;
    private final DossierLookup dossiers;

    Campaigns(
            CampaignRepository repository,
            ResponseRepository responses,
            Questionnaires questionnaires,
            SurveySettings settings,
            Outbox outbox,
            MessageSource messages,
            AuditLog audit,
            Clock clock,
            vn.hailong.access.ScopeGuard guard,
            DossierLookup dossiers) {
        this.guard = guard;
        this.dossiers = dossiers;
        this.repository = repository;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.settings = settings;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applicants who may be drawn in a unit (see {@link Candidate#drawable}). */
    private List<Candidate> candidates(long agencyId, LocalDate from, LocalDate to, LocalDateTime invitedSince) {
        return Candidate.drawable(
                dossiers.returnedWithContact(
                        agencyId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()),
                repository.invitedSince(invitedSince));
    }

    @Transactional
    public long create(NewCampaign c) {
        return create(c, true);
    }

    /** Without notifying: for the demo, whose open campaign's invitations went out before the demo existed. */
    @Transactional
    long create(NewCampaign c, boolean notify) {
        if (c.periodTo().isBefore(c.periodFrom())) {
            throw new InvalidInputException("survey.campaign.period");
        }
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        if (!Questionnaire.PUBLISHED.equals(q.status())) {
            throw new InvalidInputException("survey.campaign.draftQuestionnaire", q.code(), q.version());
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(c.agencyIds()));
        Map<Long, String[]> agencies = repository.agencies(ids, CurrentUser.scope());
        if (agencies.size() != ids.size()) {
            throw new NotFoundException("survey.campaign.agencyUnknown");
        }
        if (agencies.values().stream().map(a -> a[2]).distinct().count() != 1) {
            throw new InvalidInputException("survey.campaign.oneProvince");
        }
        // a campaign's scope is one province: the caller administers it (an administrator or its provincial official)
        guard.administrator();
        guard.province(agencies.values().iterator().next()[2]);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate lookbackTo = c.lookbackTo() != null ? c.lookbackTo() : now.toLocalDate();
        LocalDate lookbackFrom =
                c.lookbackFrom() != null ? c.lookbackFrom() : lookbackTo.minusMonths(settings.lookbackMonths());
        int exclude = c.excludeMonths() != null ? c.excludeMonths() : settings.excludeMonths();
        long seed = c.seed() != null ? c.seed() : random.nextLong(1, Long.MAX_VALUE);
        if (lookbackTo.isBefore(lookbackFrom) || exclude < 0) {
            throw new InvalidInputException("survey.campaign.lookback");
        }
        long id = repository.insert(
                c,
                questionnaires.idOf(q.code(), q.version()),
                agencies.values().iterator().next()[2],
                lookbackFrom,
                lookbackTo,
                exclude,
                seed,
                "OPEN",
                now,
                CurrentUser.name());
        LocalDateTime expires = c.periodTo().plusDays(1).atStartOfDay();
        int invited = 0;
        for (long agencyId : ids) {
            String[] agency = agencies.get(agencyId);
            Integer asked = c.quotas() == null ? null : c.quotas().get(agencyId);
            int quota = asked != null ? asked : settings.defaultQuota(agency[0], agency[1]);
            if (quota < 0) {
                throw new InvalidInputException("survey.campaign.quota", quota);
            }
            repository.insertUnit(id, agencyId, quota);
            List<Candidate> sample = Sampler.draw(
                    candidates(agencyId, lookbackFrom, lookbackTo, now.minusMonths(exclude)), quota, seed, agencyId);
            for (Candidate person : sample) {
                String token = Secrets.token(18);
                repository.insertInvitation(id, agencyId, person, token, now, expires);
                if (notify) {
                    invite(person.contact(), agency[1], settings.surveyUrl(token), c.periodTo());
                }
            }
            invited += sample.size();
        }
        audit.record(
                "survey_campaign",
                id,
                "CREATE",
                null,
                Map.of(
                        "title",
                        c.title(),
                        "questionnaire",
                        q.code() + " v" + q.version(),
                        "seed",
                        seed,
                        "units",
                        ids.size(),
                        "invited",
                        invited));
        return id;
    }

    private void invite(String contact, String agencyName, String url, LocalDate until) {
        send(
                contact,
                messages.getMessage(
                        "survey.invitation.text",
                        new Object[] {agencyName, until.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), url},
                        VI));
    }

    /** By e-mail where the contact is an address, by SMS otherwise, through the notify outbox. */
    private void send(String contact, String text) {
        if (contact.contains("@")) {
            outbox.queue(
                    Outbox.Channel.EMAIL, contact, messages.getMessage("survey.invitation.subject", null, VI), text);
        } else {
            outbox.queue(Outbox.Channel.SMS, contact, null, text);
        }
    }

    public List<Campaign> list() {
        return repository.list(CurrentUser.scope());
    }

    public Campaign get(long id) {
        return repository
                .find(id, CurrentUser.scope())
                .orElseThrow(() -> new NotFoundException("survey.campaign.notFound", id));
    }

    public List<UnitProgress> progress(long id) {
        get(id);
        return repository.progress(id, CurrentUser.scope());
    }

    /** Who was invited in a unit (dossier, field, contact): the drawn sample, for checking it again from the seed. */
    public List<Candidate> sample(long id, long agencyId) {
        get(id);
        return repository.invitations(id, agencyId);
    }

    /** The last campaign with the same questionnaire in the same province that ended before this one began, if the caller sees one. */
    public java.util.Optional<Campaign> previous(long id) {
        return repository.previous(get(id), CurrentUser.scope());
    }

    public CampaignResults results(long id, Aggregation aggregation) {
        Campaign c = get(id);
        AgencyScope scope = CurrentUser.scope();
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        List<Respondent> all = responses.respondents(id, scope);
        Map<Long, List<Respondent>> byUnit = new LinkedHashMap<>();
        repository.progress(id, scope).forEach(u -> byUnit.put(u.agencyId(), new ArrayList<>()));
        all.forEach(r ->
                byUnit.computeIfAbsent(r.agencyId(), k -> new ArrayList<>()).add(r));
        Map<Long, String> names = new LinkedHashMap<>();
        repository.progress(id, scope).forEach(u -> names.put(u.agencyId(), u.agencyName()));
        List<UnitIndex> units = byUnit.entrySet().stream()
                .map(e -> SurveyIndex.of(q, e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
        UnitIndex total = SurveyIndex.above(q, c.title(), all, aggregation);
        return new CampaignResults(
                id, aggregation.label(), q.code(), q.version(), units, total, expectations(id, q, scope));
    }

    private List<ExpectationShare> expectations(long id, Questionnaire q, AgencyScope scope) {
        List<ExpectationShare> shares = new ArrayList<>();
        q.items().filter(i -> i.type() == ItemType.EXPECTATION).forEach(item -> {
            List<String> answers = responses.answers(id, item.code(), scope);
            for (int o = 1; o <= item.options().size(); o++) {
                String option = String.valueOf(o);
                long chosen = answers.stream()
                        .filter(a -> List.of(a.split(",")).contains(option))
                        .count();
                shares.add(new ExpectationShare(
                        item.code(),
                        o,
                        item.options().get(o - 1),
                        chosen,
                        answers.size(),
                        answers.isEmpty() ? null : SurveyIndex.round(100.0 * chosen / answers.size())));
            }
        });
        return shares;
    }

    /**
     * Reminds the invitees in the caller's units who have not answered: once the invitation is a few days
     * old, then again no sooner than that many days later, at most a configured number of times.
     * Returns how many reminders were queued.
     */
    @Transactional
    public int remind(long id) {
        Campaign c = get(id);
        if (!c.open()) {
            throw new ConflictException("survey.campaign.closed");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        for (CampaignRepository.Pending p : repository.pending(
                id, CurrentUser.scope(), now, now.minusDays(settings.reminderDays()), settings.maxReminders())) {
            send(
                    p.contact(),
                    messages.getMessage(
                            "survey.reminder.text",
                            new Object[] {
                                p.agencyName(),
                                p.expiresAt().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                                settings.surveyUrl(p.token())
                            },
                            VI));
            repository.reminded(p.id(), now);
            sent++;
        }
        audit.record("survey_campaign", id, "REMIND", null, Map.of("reminders", sent));
        return sent;
    }

    @Transactional
    public void close(long id) {
        Campaign c = get(id);
        if (!c.open()) {
            throw new ConflictException("survey.campaign.closed");
        }
        repository.close(id, LocalDateTime.now(clock));
        audit.record("survey_campaign", id, "CLOSE", Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
    }
}
