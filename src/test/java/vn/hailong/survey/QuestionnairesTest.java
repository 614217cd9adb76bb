package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hailong.support.AppTest;

/** The shipped questionnaires over the API, JSON export and import, and published versions that never change. */
class QuestionnairesTest extends AppTest {

    @Test
    void sipasCriteriaAreWordedExactlyAsTheSeed() throws Exception {
        JsonNode sipas = questionnaire("SIPAS-5x22", 1);
        List<String> criteria = new ArrayList<>();
        int factorItems = 0;
        for (JsonNode section : sipas.get("sections")) {
            for (JsonNode item : section.get("items")) {
                if (item.get("role").asString().equals("CRITERION")) {
                    criteria.add(item.get("text").asString());
                }
                factorItems += item.get("role").asString().equals("FACTOR") ? 1 : 0;
            }
        }
        List<String> seed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^– (.+?)[;.]?$").matcher(Files.readString(seedFile()));
        while (m.find()) {
            // The seed is a web page: a few spaces in it are no-break spaces (U+00A0); the words are the same.
            seed.add(m.group(1).replace('\u00a0', ' '));
        }
        assertThat(criteria).hasSize(22).containsExactlyElementsOf(seed);
        assertThat(factorItems).isEqualTo(5);
        JsonNode f5 = sipas.get("sections").get(5);
        assertThat(f5.get("title").asString()).isEqualTo("Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị");
        assertThat(f5.get("condition").get("item").asString()).isEqualTo("GOP_Y");
        assertThat(sipas.get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void listShowsTheSurveyQuestionnairesAndTheCounterFormsReadOnly() {
        JsonNode list = json(browser().get("/api/v1/questionnaires", "quangninh", "hailong-demo").body());
        List<String> codes = new ArrayList<>();
        list.get("items").forEach(q -> codes.add(q.get("code").asString() + "/" + q.get("source").asString()));
        assertThat(codes).contains("SIPAS-5x22/survey", "ND61-9/survey", "QUICK/rating", "EIGHT/rating");
        JsonNode nd61 = questionnaire("ND61-9", 1);
        assertThat(nd61.get("sections").get(0).get("items")).hasSize(9);
        assertThat(browser().get("/api/v1/questionnaires").statusCode()).isEqualTo(401);
    }

    @Test
    void exportThenImportMakesANewVersionAndPublishedOnesNeverChange() {
        ObjectNode exported = (ObjectNode) questionnaire("SIPAS-5x22", 1);
        exported.put("code", "SIPAS-TEST");
        exported.put("title", "Bản thử");
        HttpResponse<String> created = browser().postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created.body()).get("version").asInt()).isEqualTo(1);
        // Saving again replaces the draft.
        assertThat(json(browser().postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo").body())
                .get("version").asInt()).isEqualTo(1);
        assertThat(browser().postJson("/api/v1/questionnaires/SIPAS-TEST/1/publish", "", "admin", "hailong-demo").statusCode()).isEqualTo(200);
        assertThat(browser().postJson("/api/v1/questionnaires/SIPAS-TEST/1/publish", "", "admin", "hailong-demo").statusCode()).isEqualTo(409);
        // Editing the published one makes version 2; version 1 stays as it was.
        exported.put("title", "Bản thử, sửa");
        assertThat(json(browser().postJson("/api/v1/questionnaires", exported.toString(), "admin", "hailong-demo").body())
                .get("version").asInt()).isEqualTo(2);
        assertThat(questionnaire("SIPAS-TEST", 1).get("title").asString()).isEqualTo("Bản thử");
        assertThat(questionnaire("SIPAS-TEST", 2).get("title").asString()).isEqualTo("Bản thử, sửa");
        assertThat(questionnaire("SIPAS-TEST", 2).get("status").asString()).isEqualTo("DRAFT");
        assertThat(questionnaire("SIPAS-TEST", 2).get("sections")).isEqualTo(questionnaire("SIPAS-5x22", 1).get("sections"));
    }

    @Test
    void invalidQuestionnairesAreRefusedInVietnamese() {
        ObjectNode bad = (ObjectNode) questionnaire("ND61-9", 1);
        bad.put("code", "BAD");
        ((ObjectNode) bad.get("sections").get(0).get("items").get(0)).put("role", "CRITERION");
        HttpResponse<String> refused = browser().postJson("/api/v1/questionnaires", bad.toString(), "admin", "hailong-demo");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).get("detail").asString()).contains("Câu hỏi CT1 không hợp lệ");
        assertThat(browser().postJson("/api/v1/questionnaires", bad.toString(), "honggai.motcua", "hailong-demo").statusCode()).isEqualTo(403);
    }

    JsonNode questionnaire(String code, int version) {
        HttpResponse<String> r = browser().get("/api/v1/questionnaires/" + code + "/" + version, "quangninh", "hailong-demo");
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r.body());
    }

    static Path seedFile() throws Exception {
        try (var files = Files.list(Path.of("/work/shared/seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
        }
    }
}
