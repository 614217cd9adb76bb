package vn.hailong.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.ForbiddenException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Paper entry with double entry: every paper form is keyed twice (by two people, or by one twice); the
 * second keying is compared with the first item by item. If they agree the form becomes a response
 * (once: its key is the form's number); if not, the differing items are flagged until a third look
 * settles each of them, and only then is the response stored.
 */
@Service
public class PaperForms {

    /** The pseudo item under which a difference in the unit is flagged. */
    public static final String UNIT = "DON_VI";

    private final PaperRepository repository;
    private final CampaignRepository campaigns;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final AuditLog audit;
    private final Clock clock;

    private final vn.hailong.access.ScopeGuard guard;

    PaperForms(
            PaperRepository repository,
            CampaignRepository campaigns,
            Questionnaires questionnaires,
            Responses responses,
            AuditLog audit,
            Clock clock,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.repository = repository;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keys a form (first or second entry). Answers are checked against the questionnaire as they are keyed. */
    @Transactional
    public PaperForm enter(long campaignId, PaperEntry entry) {
        guard.role(Responses.KEYERS);
        String formNo = entry.formNo().trim();
        if (!formNo.matches("[\\p{L}\\p{N}._/-]{1,30}")) {
            throw new InvalidInputException("survey.paper.formNo", formNo);
        }
        Campaign c = openCampaign(campaignId);
        checkUnit(c, entry.agencyId());
        Map<String, String> values = values(c, entry.answers());
        LocalDateTime now = LocalDateTime.now(clock);
        var existing = repository.lock(campaignId, formNo);
        if (existing.isEmpty()) {
            long formId;
            try {
                formId = repository.insertForm(campaignId, formNo, entry.agencyId());
            } catch (DuplicateKeyException e) {
                throw new ConflictException("survey.paper.busy", formNo);
            }
            repository.insertEntry(formId, 1, entry.agencyId(), CurrentUser.name(), now, values);
            return form(campaignId, formNo);
        }
        PaperRepository.Row row = existing.get();
        if (!visible(campaignId, formNo)) {
            throw new ForbiddenException("survey.response.agency", row.agencyId());
        }
        if (!"FIRST".equals(row.status())) {
            throw new ConflictException("survey.paper.enteredTwice", formNo);
        }
        repository.insertEntry(row.id(), 2, entry.agencyId(), CurrentUser.name(), now, values);
        List<PaperRepository.Entry> entries = repository.entries(row.id());
        List<PaperForm.Mismatch> mismatches = compare(entries.get(0), entries.get(1));
        if (mismatches.isEmpty()) {
            long response = store(c, formNo, entry.agencyId(), values);
            repository.status(row.id(), "MATCHED", response, null, null);
        } else {
            repository.status(row.id(), "MISMATCH", null, null, null);
        }
        return form(campaignId, formNo);
    }

    /**
     * The third look: a value for every flagged item (blank = the form has no answer there; for {@link #UNIT}
     * the unit's id), taken from the paper itself. Items the entries agreed on keep their value.
     */
    @Transactional
    public PaperForm resolve(long campaignId, String formNo, List<AnswerValue> settled) {
        guard.role(Responses.KEYERS);
        Campaign c = openCampaign(campaignId);
        PaperRepository.Row row = repository
                .lock(campaignId, formNo)
                .filter(r -> visible(campaignId, formNo))
                .orElseThrow(() -> new NotFoundException("survey.paper.notFound", formNo));
        if (!"MISMATCH".equals(row.status())) {
            throw new ConflictException("survey.paper.notMismatched", formNo);
        }
        List<PaperRepository.Entry> entries = repository.entries(row.id());
        List<PaperForm.Mismatch> mismatches = compare(entries.get(0), entries.get(1));
        Map<String, String> given = new LinkedHashMap<>();
        for (AnswerValue a : settled) {
            if (a == null || a.item() == null) {
                continue;
            }
            if (mismatches.stream().noneMatch(m -> m.item().equals(a.item()))) {
                throw new InvalidInputException("survey.paper.notFlagged", a.item());
            }
            given.put(a.item(), a.value() == null ? "" : a.value().trim());
        }
        for (PaperForm.Mismatch m : mismatches) {
            if (!given.containsKey(m.item())) {
                throw new InvalidInputException("survey.paper.unsettled", m.item());
            }
        }
        long agencyId = entries.get(0).agencyId();
        if (given.containsKey(UNIT)) {
            String unit = given.remove(UNIT);
            if (!unit.equals(String.valueOf(entries.get(0).agencyId()))
                    && !unit.equals(String.valueOf(entries.get(1).agencyId()))) {
                throw new InvalidInputException("survey.paper.unit", unit);
            }
            agencyId = Long.parseLong(unit);
            checkUnit(c, agencyId);
        }
        Map<String, String> finalValues = new LinkedHashMap<>(entries.get(0).values());
        given.forEach((item, value) -> {
            if (value.isEmpty()) {
                finalValues.remove(item);
            } else {
                finalValues.put(item, value);
            }
        });
        Map<String, String> checked = values(
                c,
                finalValues.entrySet().stream()
                        .map(e -> new AnswerValue(e.getKey(), e.getValue()))
                        .toList());
        long response = store(c, formNo, agencyId, checked);
        repository.status(row.id(), "RESOLVED", response, CurrentUser.name(), LocalDateTime.now(clock));
        audit.record(
                "survey_paper_form",
                row.id(),
                "RESOLVE",
                Map.of("status", "MISMATCH"),
                Map.of("status", "RESOLVED", "formNo", formNo, "items", String.join(",", given.keySet())));
        return form(campaignId, formNo);
    }

    public List<PaperForm> list(long campaignId) {
        campaignInScope(campaignId);
        List<PaperForm> forms = new ArrayList<>();
        for (PaperRepository.Row row : repository.list(campaignId, CurrentUser.scope())) {
            forms.add(view(row));
        }
        return forms;
    }

    public PaperForm form(long campaignId, String formNo) {
        campaignInScope(campaignId);
        return view(repository
                .find(campaignId, formNo, CurrentUser.scope())
                .orElseThrow(() -> new NotFoundException("survey.paper.notFound", formNo)));
    }

    private PaperForm view(PaperRepository.Row row) {
        List<PaperRepository.Entry> entries = repository.entries(row.id());
        List<PaperForm.Mismatch> mismatches = entries.size() == 2 ? compare(entries.get(0), entries.get(1)) : List.of();
        return new PaperForm(
                row.formNo(),
                row.agencyId(),
                row.agencyName(),
                row.status(),
                row.responseId(),
                entries.stream().map(PaperRepository.Entry::by).toList(),
                row.resolvedBy(),
                mismatches);
    }

    /** Item by item, in code order: where the two entries differ (a blank on one side is a difference). */
    static List<PaperForm.Mismatch> compare(PaperRepository.Entry first, PaperRepository.Entry second) {
        List<PaperForm.Mismatch> out = new ArrayList<>();
        if (first.agencyId() != second.agencyId()) {
            out.add(new PaperForm.Mismatch(UNIT, String.valueOf(first.agencyId()), String.valueOf(second.agencyId())));
        }
        Set<String> items = new TreeSet<>(first.values().keySet());
        items.addAll(second.values().keySet());
        for (String item : items) {
            String a = first.values().getOrDefault(item, "");
            String b = second.values().getOrDefault(item, "");
            if (!Objects.equals(a, b)) {
                out.add(new PaperForm.Mismatch(item, a, b));
            }
        }
        return out;
    }

    private long store(Campaign c, String formNo, long agencyId, Map<String, String> values) {
        List<AnswerValue> answers = values.entrySet().stream()
                .map(e -> new AnswerValue(e.getKey(), e.getValue()))
                .toList();
        return responses
                .submit(new NewResponse("paper:" + c.id() + ":" + formNo, null, c.id(), agencyId, "PAPER", answers))
                .id();
    }

    /** The answers as stored values (score or text) by item, after the questionnaire's checks. */
    private Map<String, String> values(Campaign c, List<AnswerValue> answers) {
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        Map<String, String> values = new LinkedHashMap<>();
        for (AnswerRules.Checked a : AnswerRules.check(q, answers)) {
            values.put(a.item(), a.score() != null ? String.valueOf(a.score()) : a.answer());
        }
        return values;
    }

    private boolean visible(long campaignId, String formNo) {
        return repository.find(campaignId, formNo, CurrentUser.scope()).isPresent();
    }

    private Campaign campaignInScope(long campaignId) {
        return campaigns
                .find(campaignId, CurrentUser.scope())
                .orElseThrow(() -> new NotFoundException("survey.campaign.notFound", campaignId));
    }

    private Campaign openCampaign(long campaignId) {
        Campaign c = campaignInScope(campaignId);
        if (!c.open()) {
            throw new ConflictException("survey.campaign.closed");
        }
        return c;
    }

    private void checkUnit(Campaign c, long agencyId) {
        Set<Long> units = new LinkedHashSet<>();
        campaigns.progress(c.id(), CurrentUser.scope()).forEach(u -> units.add(u.agencyId()));
        if (!units.contains(agencyId)) {
            throw new ForbiddenException("survey.response.agency", agencyId);
        }
    }
}
