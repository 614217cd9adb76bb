package vn.hailong.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AuditLog;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;

/**
 * Questionnaires as versioned data. A published version never changes: saving a questionnaire whose
 * latest version is published makes the next version (a draft) instead. JSON export and import use the
 * {@link Questionnaire} record itself.
 */
@Service
public class Questionnaires {

    private final QuestionnaireRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final CounterForms counterForms;
    private final Ratings ratings;
    private final vn.hailong.access.ScopeGuard guard;

    /** Questionnaire versions are national (no province column): only system administrators write them. */
    Questionnaires(
            QuestionnaireRepository repository,
            AuditLog audit,
            Clock clock,
            CounterForms counterForms,
            Ratings ratings,
            vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.repository = repository;
        this.counterForms = counterForms;
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of every survey questionnaire, then the counter forms (read-only, owned by the rating module). */
    public List<Questionnaire> list(String lang) {
        List<Questionnaire> all = new ArrayList<>();
        repository.ids().forEach(id -> all.add(repository.load(id).orElseThrow()));
        all.addAll(counterForms(lang));
        return all;
    }

    /**
     * The quick and 8-content counter forms, read from the rating module that owns them (not copied):
     * one section of 5-level items, each a criterion, shown read-only.
     */
    List<Questionnaire> counterForms(String lang) {
        List<Questionnaire> forms = new ArrayList<>();
        for (CounterForms.Form form : counterForms.forms()) {
            List<SurveyItem> items = ratings.items(form.code(), lang).stream()
                    .map(i -> new SurveyItem(
                            i.code(),
                            i.text(),
                            ItemType.SATISFACTION,
                            List.of(),
                            i.allowsNotApplicable(),
                            IndexRole.CRITERION))
                    .toList();
            forms.add(new Questionnaire(
                    form.code(),
                    1,
                    form.title(),
                    Questionnaire.PUBLISHED,
                    "rating",
                    List.of(new Section(form.code(), form.title(), null, items))));
        }
        return forms;
    }

    public Questionnaire get(String code, int version) {
        return repository
                .id(code, version)
                .flatMap(repository::load)
                .orElseThrow(() -> new NotFoundException("survey.questionnaire.notFound", code, version));
    }

    public Questionnaire byId(long id) {
        return repository.load(id).orElseThrow(() -> new NotFoundException("survey.questionnaire.notFound", id, ""));
    }

    public long idOf(String code, int version) {
        return repository
                .id(code, version)
                .orElseThrow(() -> new NotFoundException("survey.questionnaire.notFound", code, version));
    }

    /**
     * Saves (or imports) a questionnaire: the latest draft of its code is replaced; if there is none, or the
     * latest version is published, a new version is made. The version in the input is ignored. Returns the version.
     */
    @Transactional
    public int save(Questionnaire q) {
        guard.national();
        validate(q);
        var latest = repository.latest(q.code());
        if (latest.isPresent() && latest.get()[2] == 0) {
            repository.replaceContent(latest.get()[0], q);
            audit.record(
                    "survey_questionnaire",
                    latest.get()[0],
                    "EDIT",
                    null,
                    Map.of("code", q.code(), "version", latest.get()[1]));
            return (int) latest.get()[1];
        }
        int version = latest.map(l -> (int) l[1] + 1).orElse(1);
        long id = repository.insert(q, version, Instant.now(clock));
        audit.record("survey_questionnaire", id, "CREATE", null, Map.of("code", q.code(), "version", version));
        return version;
    }

    @Transactional
    public void publish(String code, int version) {
        guard.national();
        Questionnaire q = get(code, version);
        if (Questionnaire.PUBLISHED.equals(q.status())) {
            throw new ConflictException("survey.questionnaire.alreadyPublished", code, version);
        }
        long id = idOf(code, version);
        repository.publish(id, Instant.now(clock));
        audit.record("survey_questionnaire", id, "PUBLISH", null, Map.of("code", code, "version", version));
    }

    static void validate(Questionnaire q) {
        if (blank(q.code()) || !q.code().matches("[A-Za-z0-9_.-]{1,40}") || blank(q.title())) {
            throw new InvalidInputException("survey.questionnaire.invalid", q.code());
        }
        if (q.sections().isEmpty()) {
            throw new InvalidInputException("survey.questionnaire.empty", q.code());
        }
        Set<String> sections = new HashSet<>();
        Map<String, SurveyItem> seen = new java.util.HashMap<>();
        for (Section s : q.sections()) {
            if (blank(s.code()) || s.code().length() > 30 || blank(s.title()) || !sections.add(s.code())) {
                throw new InvalidInputException("survey.section.invalid", s.code());
            }
            if (s.condition() != null) {
                SurveyItem gate = seen.get(s.condition().item());
                if (gate == null || !(gate.type() == ItemType.YES_NO || gate.type() == ItemType.CATEGORICAL)) {
                    throw new InvalidInputException("survey.condition.invalid", s.code());
                }
            }
            for (SurveyItem i : s.items()) {
                if (blank(i.code())
                        || i.code().length() > 30
                        || blank(i.text())
                        || i.type() == null
                        || i.role() == null
                        || seen.put(i.code(), i) != null) {
                    throw new InvalidInputException("survey.item.invalid", i.code());
                }
                boolean needsOptions = i.type() == ItemType.CATEGORICAL || i.type() == ItemType.EXPECTATION;
                if (needsOptions == i.options().isEmpty()
                        || (i.role() != IndexRole.NONE && i.type() != ItemType.SATISFACTION)) {
                    throw new InvalidInputException("survey.item.invalid", i.code());
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
