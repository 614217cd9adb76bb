package vn.hailong.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.hailong.access.SystemActor;

/** Ships the SIPAS 5×22 (v1 as in the 2017–2020 model, v2 naming the "Bộ phận Một cửa"), Decision 1001, Decree 61 (for its past periods) and Decree 118 Art. 33 questionnaires: imported and published on start when their code is missing. */
@Component
@Order(5)
class QuestionnaireTemplates implements ApplicationRunner {

    static final List<String> FILES = List.of(
            "survey/sipas-5x22.json",
            "survey/sipas-5x22-v2.json",
            "survey/qd1001-2023.json",
            "survey/nd61-9.json",
            "survey/nd118-33.json");

    private final Questionnaires questionnaires;
    private final QuestionnaireRepository repository;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    QuestionnaireTemplates(
            Questionnaires questionnaires,
            QuestionnaireRepository repository,
            ObjectMapper json,
            TransactionTemplate tx) {
        this.questionnaires = questionnaires;
        this.repository = repository;
        this.json = json;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(
                "survey-templates",
                () -> FILES.forEach(file -> {
                    try {
                        tx.executeWithoutResult(s -> {
                            Questionnaire q = read(file);
                            // shipped when its code is missing, or when the file is a later version than any stored
                            // (SIPAS v2: "Bộ phận Một cửa", Decree 118/2025 Art. 3(3)); campaigns keep their version
                            var latest = repository.latest(q.code());
                            if (latest.isEmpty() || latest.get()[1] < q.version()) {
                                questionnaires.publish(q.code(), questionnaires.save(q));
                            }
                        });
                    } catch (DuplicateKeyException e) {
                        // Another instance starting at the same moment shipped it first.
                    }
                }));
    }

    Questionnaire read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return json.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
